using CrmGraph.Domain.Complaints;

namespace CrmGraph.GraphQL.Complaints;

public sealed class FileComplaintPayloadType : PayloadType<Complaint, ComplaintType>
{
    public FileComplaintPayloadType()
        : base("FileComplaintPayload", "complaint")
    {
    }
}
