global using CrmGraph.Domain.Common;
global using Xunit;
