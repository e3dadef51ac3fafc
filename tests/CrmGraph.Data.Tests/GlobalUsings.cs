global using CrmGraph.Data;
global using CrmGraph.Data.Providers;
global using Microsoft.EntityFrameworkCore;
global using Xunit;
