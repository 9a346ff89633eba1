using NodaTime;
using YouthJustice.Domain.Offences;

namespace YouthJustice.Interchange.Records;

/// <summary>The fields of an offence that was read without error, waiting for its outcomes.</summary>
internal sealed record PendingOffence(
    OffenceId Id,
    LocalDate OffenceDate,
    LocalDate? ArrestDate,
    OffenceCategory Category,
    SeriousnessScore Seriousness,
    bool KnifeRelated,
    RecordReader Source)
{
    /// <summary>The offence with its accepted outcomes; a refusal not foreseen by the mapper is reported, not thrown.</summary>
    internal Offence? Build(IEnumerable<LegalOutcome> outcomes)
    {
        try
        {
            return new Offence(Id, OffenceDate, ArrestDate, Category, Seriousness, KnifeRelated, outcomes);
        }
        catch (ArgumentException exception)
        {
            Source.Error(IssueCodes.InvalidValue, null, null, exception.Message);
            return null;
        }
    }
}
