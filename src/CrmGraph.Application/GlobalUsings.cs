global using CrmGraph.Data;
global using CrmGraph.Data.Access;
global using CrmGraph.Data.Outbox;
global using CrmGraph.Domain.Common;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Logging;
