using CrmGraph.Domain.Complaints;

namespace CrmGraph.GraphQL.Complaints;

/// <summary>The payload of every change to a filed complaint.</summary>
public sealed class ComplaintPayloadType : PayloadType<Complaint, ComplaintType>
{
    public ComplaintPayloadType()
        : base("ComplaintPayload", "complaint")
    {
    }
}
