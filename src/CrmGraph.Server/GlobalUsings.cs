global using CrmGraph.Data;
global using CrmGraph.GraphQL;
