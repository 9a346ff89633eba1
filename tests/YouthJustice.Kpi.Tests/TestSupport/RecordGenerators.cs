using CsCheck;
using NodaTime;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Health;

namespace YouthJustice.Kpi.Tests.TestSupport;

/// <summary>
/// Generators of the status and health records the KPIs read, with dates around an anchor day: missing starts and
/// ends, the <c>1900-01-01</c> sentinel, records ending before, on and after the day, every enumeration value and
/// unrecorded values. <see cref="CaseGenerator"/> and <see cref="GeneratedChildren"/> both build on them.
/// </summary>
internal static class RecordGenerators
{
    private static readonly LocalDate Sentinel = new(1900, 1, 1);

    private static readonly AccommodationType[] AccommodationTypes = [.. AccommodationType.List.OrderBy(t => t.Value)];
    private static readonly EteProvision[] Provisions = [.. EteProvision.List.OrderBy(p => p.Value)];
    // Weighted towards Suitable, as in real data, so that "every record suitable" is common enough to be exercised.
    private static readonly Suitability?[] Suitabilities =
        [null, Suitability.Suitable, Suitability.Suitable, Suitability.Suitable, Suitability.Suitable, Suitability.Unsuitable, Suitability.Unknown];
    private static readonly MentalHealthIntervention[] MentalHealthInterventions = [.. MentalHealthIntervention.List.OrderBy(i => i.Value)];
    private static readonly SubstanceMisuseIntervention[] SubstanceMisuseInterventions = [.. SubstanceMisuseIntervention.List.OrderBy(i => i.Value)];
    private static readonly CareStatus[] CareStatuses = [.. CareStatus.List.OrderBy(c => c.Value)];

    /// <summary>A period around <paramref name="anchor"/>: start from 700 days before to 300 after (sometimes missing
    /// or the sentinel), length 0–400 days or (a third of the time) open.</summary>
    public static Gen<(LocalDate? Start, LocalDate? End)> Period(LocalDate anchor)
        => Gen.Select(Gen.Int[-700, 300], Gen.Int[-200, 400], Gen.Int[0, 9])
            .Select((start, length, missing) =>
            {
                var from = anchor.PlusDays(start);
                LocalDate? end = length < 0 ? null : from.PlusDays(length);
                LocalDate? first = missing switch { 0 => null, 1 => Sentinel, _ => from };
                return (first, end);
            });

    /// <summary>An accommodation period: any type, any suitability or none, primary or not.</summary>
    public static Gen<AccommodationPeriod> Accommodation(LocalDate anchor)
        => Gen.Select(Period(anchor), Gen.Int[0, AccommodationTypes.Length - 1], Gen.Int[0, Suitabilities.Length - 1], Gen.Int[0, 3])
            .Select((period, type, suitability, primary) => new AccommodationPeriod(
                period.Start, period.End, AccommodationTypes[type], Suitabilities[suitability], primary != 0));

    /// <summary>An ETE period: any provision, suitability or none, hours offered and attended in half hours or not recorded.</summary>
    public static Gen<EtePeriod> Ete(LocalDate anchor)
        => Gen.Select(Period(anchor), Gen.Int[0, Provisions.Length - 1], Gen.Int[0, Suitabilities.Length - 1], Gen.Int[-1, 70], Gen.Int[-1, 70])
            .Select((period, provision, suitability, offered, attended) => new EtePeriod(
                period.Start,
                period.End,
                Provisions[provision],
                Suitabilities[suitability],
                offered < 0 ? null : offered / 2m,
                attended < 0 ? null : attended / 2m));

    /// <summary>A SEND/ALN record: identified and formal plan each yes, no or not recorded.</summary>
    public static Gen<SendAlnRecord> SendAln(LocalDate anchor)
        => Gen.Select(Period(anchor), Gen.Int[0, 2], Gen.Int[0, 2])
            .Select((period, identified, plan) => new SendAlnRecord(period.Start, period.End, Flag(identified), Flag(plan)));

    /// <summary>A mental-health record: screened, referred and offered dates each present, missing or the sentinel;
    /// attendance a period or missing; the intervention any value or none.</summary>
    public static Gen<MentalHealthRecord> MentalHealth(LocalDate anchor)
        => Gen.Select(HealthDates(anchor), Period(anchor), Gen.Int[-1, MentalHealthInterventions.Length - 1])
            .Select((dates, attended, intervention) => new MentalHealthRecord(
                dates.Screened, dates.Referred, dates.Offered, attended.Start, attended.End,
                intervention < 0 ? null : MentalHealthInterventions[intervention]));

    /// <summary>A substance-misuse record, generated like <see cref="MentalHealth"/>.</summary>
    public static Gen<SubstanceMisuseRecord> SubstanceMisuse(LocalDate anchor)
        => Gen.Select(HealthDates(anchor), Period(anchor), Gen.Int[-1, SubstanceMisuseInterventions.Length - 1])
            .Select((dates, attended, intervention) => new SubstanceMisuseRecord(
                dates.Screened, dates.Referred, dates.Offered, attended.Start, attended.End,
                intervention < 0 ? null : SubstanceMisuseInterventions[intervention]));

    /// <summary>A care-status period of any status.</summary>
    public static Gen<CareStatusPeriod> Care(LocalDate anchor)
        => Gen.Select(Period(anchor), Gen.Int[0, CareStatuses.Length - 1])
            .Select((period, status) => new CareStatusPeriod(CareStatuses[status], period.Start, period.End));

    /// <summary>Yes (1), no (2) or not recorded (0).</summary>
    public static bool? Flag(int value) => value switch
    {
        1 => true,
        2 => false,
        _ => null,
    };

    private static Gen<(LocalDate? Screened, LocalDate? Referred, LocalDate? Offered)> HealthDates(LocalDate anchor)
        => Gen.Select(Gen.Int[-600, 300], Gen.Int[-1, 120], Gen.Int[-1, 120], Gen.Int[0, 9])
            .Select((screened, referredAfter, offeredAfter, missing) =>
            {
                var first = anchor.PlusDays(screened);
                LocalDate? referred = referredAfter < 0 ? null : first.PlusDays(referredAfter);
                LocalDate? offered = offeredAfter < 0 ? null : first.PlusDays(Math.Max(referredAfter, 0) + offeredAfter);
                LocalDate? screenedOn = missing switch { 0 => null, 1 => Sentinel, _ => first };
                return (screenedOn, referred, offered);
            });
}
