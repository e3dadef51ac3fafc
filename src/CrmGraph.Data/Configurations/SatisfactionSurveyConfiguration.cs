namespace CrmGraph.Data.Configurations;

internal sealed class SatisfactionSurveyConfiguration : IEntityTypeConfiguration<SatisfactionSurvey>
{
    public void Configure(EntityTypeBuilder<SatisfactionSurvey> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Scale).HasConversion<int>();
        builder.Property(s => s.Comment).HasMaxLength(4000);
        builder.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ServiceOrder>().WithMany().HasForeignKey(s => s.ServiceOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(s => s.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Interaction>().WithMany().HasForeignKey(s => s.InteractionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CustomerId, s.RespondedAt, s.Id });
        builder.HasIndex(s => s.RespondedAt);
        builder.HasIndex(s => new { s.StaffMemberId, s.RespondedAt });
    }
}
