global using System.Text.Json;
global using CrmGraph.Server.Tests.Infrastructure;
global using CrmGraph.Testing;
global using Xunit;
