global using CrmGraph.GraphQL.Common;
global using Xunit;
