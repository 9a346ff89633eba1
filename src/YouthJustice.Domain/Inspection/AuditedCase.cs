using YouthJustice.Domain.Children;

namespace YouthJustice.Domain.Inspection;

/// <summary>One case in a quality-assurance audit: the child (pseudonymous) and the rating the auditor gave the work.</summary>
/// <param name="Child">The child's pseudonymous identifier.</param>
/// <param name="Rating">The auditor's rating of the work on the case.</param>
public sealed record AuditedCase(ChildId Child, InspectionRating Rating);
