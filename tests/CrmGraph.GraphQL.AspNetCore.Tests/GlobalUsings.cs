global using System.Net;
global using System.Text.Json;
global using CrmGraph.GraphQL.AspNetCore.Tests.Hosting;
global using CrmGraph.Testing;
global using Xunit;
