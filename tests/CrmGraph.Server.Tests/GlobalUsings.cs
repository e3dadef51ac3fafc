global using System.Text.Json;
global using CrmGraph.Server.Tests.Infrastructure;
global using Xunit;
