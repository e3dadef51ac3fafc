using CrmGraph.Baseline;
using CrmGraph.Data;
using CrmGraph.Data.Access;
using CrmGraph.Domain.Pricing;
using CrmGraph.GraphQL.Pricing;

// The benchmark's yardstick: the same EF Core reads and JSON writing as the GraphQL operations measured by
// CrmGraph.Bench, served by plain endpoints with no GraphQL (and no token check). Run it on the same database:
// dotnet run -c Release --project bench/CrmGraph.Baseline -- --DataFolder=/tmp/crmgraph-large --urls=http://127.0.0.1:5081
var builder = WebApplication.CreateBuilder(args);
var dataFolder = builder.Configuration["DataFolder"] ?? throw new InvalidOperationException("Give --DataFolder, the folder of the database the server uses.");
builder.Services.AddCrmData(builder.Configuration, dataFolder);
builder.Services.AddSingleton(new QuoteCalculator(PricingConfiguration.TierDiscounts(builder.Configuration)));
builder.Services.AddSingleton<QuoteService>();
builder.Services.AddSingleton(TimeProvider.System);

var app = builder.Build();
app.Use(async (context, next) =>
{
    // Like the API's staff and internal callers, the yardstick sees every customer.
    context.RequestServices.GetRequiredService<DataAccessScope>().AllowEverything();
    await next(context);
});
app.MapGet("/baseline/customers", CustomerPage.ReadAsync);
app.MapGet("/baseline/customers/busiest/timeline", CustomerTimeline.ReadAsync);
app.MapPost("/baseline/quote", QuoteEndpoint.PriceAsync);
await app.RunAsync();
