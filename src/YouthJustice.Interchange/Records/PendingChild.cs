using NodaTime;
using YouthJustice.Domain.Children;

namespace YouthJustice.Interchange.Records;

/// <summary>The fields of a child that was read without error, waiting for its records.</summary>
internal sealed record PendingChild(ChildId Id, LocalDate? DateOfBirth, Sex Sex, Ethnicity Ethnicity);
