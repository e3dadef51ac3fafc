global using CrmGraph.Domain.Common;
