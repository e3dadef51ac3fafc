namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Stands in for a resolver's unexpected exception in the response, so that clients see the code
/// <c>INTERNAL_SERVER_ERROR</c> instead of the exception's type; the original is logged.
/// </summary>
public sealed class InternalServerErrorException : Exception
{
    public InternalServerErrorException()
    {
    }

    public InternalServerErrorException(string message)
        : base(message)
    {
    }

    public InternalServerErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
