using AutoMapper;
using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Customers;

internal static class CustomerMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CustomerPayloadType>>("createCustomer")
            .Description("Adds a customer as a prospect.")
            .Argument<NonNullGraphType<CreateCustomerInputType>>("input")
            .ResolveAsync(async ctx => await CreateAsync(ctx).ConfigureAwait(false));

        mutation.Field<NonNullGraphType<CustomerPayloadType>>("updateCustomer")
            .Description("Changes a customer's details, refusing the change if someone else saved since 'version' was read.")
            .Argument<NonNullGraphType<UpdateCustomerInputType>>("input")
            .ResolveAsync(async ctx => await UpdateAsync(ctx).ConfigureAwait(false));
    }

    private static async Task<Payload<Customer>> CreateAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<CustomerInput>("input");
        var db = context.Db();
        var errors = new List<DomainError>();
        var (managerId, partnerId) = await CustomerReferences.ResolveAsync(db, input.AccountManagerId, input.PartnerId, errors, context.CancellationToken).ConfigureAwait(false);

        // A partner's new customers are its own (naming another partner fails above: it cannot see one).
        partnerId ??= context.Caller().PartnerId;
        var details = context.Service<IMapper>().Map<CustomerDetails>(input) with { AccountManagerId = managerId, PartnerId = partnerId };
        var outcome = Customer.Create(CustomerCodes.New(), details, context.Service<TimeProvider>().GetUtcNow());
        errors.AddRange(outcome.Errors);
        if (errors.Count > 0)
        {
            return Payload<Customer>.Failure(errors);
        }

        return Payload<Customer>.From(await context.Command<CommandPipeline>().AddAsync(outcome.Value, context.CancellationToken).ConfigureAwait(false));
    }

    private static async Task<Payload<Customer>> UpdateAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var id = GlobalId.ParseFor(CustomerType.TypeName, input["id"] as string, "input.id");
        var version = Convert.ToInt32(input["version"], System.Globalization.CultureInfo.InvariantCulture);
        var db = context.Db();
        var now = context.Service<TimeProvider>().GetUtcNow();

        // Saving checks the version the client read, so an edit saved in between is never overwritten.
        var outcome = await context.Command<CommandPipeline>().ChangeAsync(
            db.Customers.Where(c => c.Id == id),
            new DomainError(DomainErrorCodes.NotFound, $"No customer has id '{input["id"]}'.", "id"),
            "customer",
            version,
            async customer =>
            {
                var errors = new List<DomainError>();
                var (managerId, partnerId) = await CustomerReferences.ResolveAsync(
                    db, input.GetValueOrDefault("accountManagerId") as string, input.GetValueOrDefault("partnerId") as string, errors, context.CancellationToken).ConfigureAwait(false);
                if (context.Caller().PartnerId is { } ownPartner && input.ContainsKey("partnerId") && partnerId != ownPartner)
                {
                    errors.Add(new DomainError(DomainErrorCodes.Validation, "A partner client cannot hand its customers to another owner.", "partnerId"));
                }

                var current = context.Service<IMapper>().Map<CustomerDetails>(customer);
                errors.AddRange(customer.Update(CustomerUpdate.Overlay(current, input, managerId, partnerId), now));
                return errors;
            },
            context.CancellationToken).ConfigureAwait(false);
        return Payload<Customer>.From(outcome);
    }
}
