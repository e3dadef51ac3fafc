using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Server.Tests.Customers;

[Collection(ServerCollection.Name)]
public sealed class CustomerMutationTests(CrmServerFixture server)
{
    private const string Create = """
        mutation($input: CreateCustomerInput!) {
          createCustomer(input: $input) {
            customer { id code name email segment status version accountManager { id } }
            errors { __typename code message path }
          }
        }
        """;

    private const string Update = """
        mutation($input: UpdateCustomerInput!) {
          updateCustomer(input: $input) {
            customer { id name email city version }
            errors { __typename code message path }
          }
        }
        """;

    [Fact]
    public async Task A_created_customer_is_a_prospect_and_is_stored()
    {
        var data = await server.Client.DataAsync(Create, new { input = new { name = "Harbor Dental Ltd", kind = "ORGANIZATION", email = "desk@harbor.example", segment = "QUALITY_SENSITIVE" } });
        var payload = data.GetProperty("createCustomer");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var customer = payload.GetProperty("customer");
        Assert.Equal("PROSPECT", customer.GetProperty("status").GetString());
        Assert.Equal("QUALITY_SENSITIVE", customer.GetProperty("segment").GetString());

        var code = customer.GetProperty("code").GetString();
        var stored = await server.InDatabaseAsync(db => db.Customers.SingleAsync(c => c.Code == code));
        Assert.Equal("Harbor Dental Ltd", stored.Name);
        Assert.Equal("desk@harbor.example", stored.Email);
    }

    [Fact]
    public async Task Invalid_input_returns_typed_errors_and_writes_nothing()
    {
        var before = await server.InDatabaseAsync(db => db.Customers.CountAsync());
        var data = await server.Client.DataAsync(Create, new
        {
            input = new { name = "  ", email = "not-an-email", accountManagerId = CustomerQueryTests.IdOf("StaffMember", 99_999) },
        });
        var payload = data.GetProperty("createCustomer");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("customer").ValueKind);
        var errors = payload.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("__typename").GetString() == "ValidationError" && e.GetProperty("path")[1].GetString() == "name");
        Assert.Contains(errors, e => e.GetProperty("__typename").GetString() == "ValidationError" && e.GetProperty("path")[1].GetString() == "email");
        Assert.Contains(errors, e => e.GetProperty("__typename").GetString() == "NotFoundError" && e.GetProperty("code").GetString() == "NOT_FOUND");
        Assert.Equal(before, await server.InDatabaseAsync(db => db.Customers.CountAsync()));
    }

    [Fact]
    public async Task An_update_changes_only_the_fields_sent_and_moves_the_version_on()
    {
        var created = (await server.Client.DataAsync(Create, new { input = new { name = "Orchard Foods", email = "hello@orchard.example", city = "Lyon" } }))
            .GetProperty("createCustomer").GetProperty("customer");
        var id = created.GetProperty("id").GetString();
        var version = created.GetProperty("version").GetInt32();

        var updated = (await server.Client.DataAsync(Update, new { input = new { id, version, name = "Orchard Foods S.A.", email = (string?)null } }))
            .GetProperty("updateCustomer");
        Assert.Equal(0, updated.GetProperty("errors").GetArrayLength());
        var customer = updated.GetProperty("customer");
        Assert.Equal("Orchard Foods S.A.", customer.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, customer.GetProperty("email").ValueKind);
        Assert.Equal("Lyon", customer.GetProperty("city").GetString());
        Assert.Equal(version + 1, customer.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task An_update_based_on_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var created = (await server.Client.DataAsync(Create, new { input = new { name = "Granite Print" } }))
            .GetProperty("createCustomer").GetProperty("customer");
        var id = created.GetProperty("id").GetString();
        var version = created.GetProperty("version").GetInt32();

        await server.Client.DataAsync(Update, new { input = new { id, version, city = "Porto" } });
        var stale = (await server.Client.DataAsync(Update, new { input = new { id, version, city = "Milan" } })).GetProperty("updateCustomer");

        var error = Assert.Single(stale.GetProperty("errors").EnumerateArray());
        Assert.Equal("ConcurrencyConflictError", error.GetProperty("__typename").GetString());
        Assert.Equal("CONCURRENCY_CONFLICT", error.GetProperty("code").GetString());
        var code = created.GetProperty("code").GetString();
        var stored = await server.InDatabaseAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Code == code));
        Assert.Equal("Porto", stored.City);
    }

    [Fact]
    public async Task Updating_an_unknown_customer_is_a_not_found_error()
    {
        var data = await server.Client.DataAsync(Update, new { input = new { id = CustomerQueryTests.IdOf("Customer", 888_888), version = 0, name = "Nobody" } });
        var error = Assert.Single(data.GetProperty("updateCustomer").GetProperty("errors").EnumerateArray());
        Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
    }
}
