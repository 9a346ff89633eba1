using System.Globalization;
using CsCheck;
using NodaTime;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Health;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Victims;

namespace YouthJustice.Kpi.Tests.TestSupport;

/// <summary>
/// The one generator of services for the engine's property tests: children born 2005–2012 with offences (one or two
/// outcomes of every kind, some overturned or outside the area), interventions of counting and non-counting disposals
/// linked to them (completed yes, no or not recorded), victims drawn from a small pool of ids so that the same victim
/// turns up on several children's offences, and every status and health record the KPIs read
/// (<see cref="RecordGenerators"/>: accommodation, ETE, SEND/ALN, mental health, substance misuse, care status).
/// </summary>
internal static class CaseGenerator
{
    private static readonly LocalDate Base = new(2023, 3, 1);

    private static readonly Disposal[] OutcomeDisposals =
    [
        Disposal.CommunityResolution, Disposal.Outcome22, Disposal.YouthCaution, Disposal.YouthConditionalCaution,
        Disposal.ConditionalDischarge, Disposal.Fine, Disposal.ReferralOrder, Disposal.YouthRehabilitationOrder,
        Disposal.DetentionAndTrainingOrder, Disposal.Section250Detention,
    ];

    private static readonly Disposal[] InterventionDisposals =
    [
        Disposal.CommunityResolution, Disposal.YouthCaution, Disposal.YouthConditionalCaution, Disposal.ReferralOrder,
        Disposal.YouthRehabilitationOrder, Disposal.DetentionAndTrainingOrderLicence, Disposal.Fine,
    ];

    private static readonly OffenceCategory[] Categories =
        [OffenceCategory.Drugs, OffenceCategory.Robbery, OffenceCategory.ViolenceAgainstThePerson, OffenceCategory.TheftAndHandling];

    private static readonly AppealStatus?[] Appeals =
        [null, null, null, null, null, AppealStatus.AppealPending, AppealStatus.ChangedOnAppeal, AppealStatus.AppealSuccessful, AppealStatus.AppealUnsuccessful];

    private static readonly bool?[] Flags = [null, false, true];

    private static readonly bool?[] Residence = [false, null, true, true, true, true];

    private static readonly Sex[] Sexes = [Sex.Male, Sex.Female, Sex.NotKnown];

    private static readonly Ethnicity[] Ethnicities = [.. Ethnicity.List.OrderBy(e => e.Value)];

    private static readonly Gen<(int Disposal, int DaysAfter, int HearingBefore, int Appeal, int Resident)> OutcomeSpec =
        Gen.Select(Gen.Int[0, OutcomeDisposals.Length - 1], Gen.Int[0, 120], Gen.Int[-1, 60], Gen.Int[0, Appeals.Length - 1], Gen.Int[0, Residence.Length - 1]);

    private static readonly Gen<(int Category, int Score, int Day, int ArrestAfter, (int Disposal, int DaysAfter, int HearingBefore, int Appeal, int Resident)[] Outcomes)> OffenceSpec =
        Gen.Select(Gen.Int[0, Categories.Length - 1], Gen.Int[1, 8], Gen.Int[0, 450], Gen.Int[-1, 30], OutcomeSpec.Array[1, 2]);

    private static readonly Gen<(int Disposal, int StartDay, int Length, int Links, int Completed)> InterventionSpec =
        Gen.Select(Gen.Int[0, InterventionDisposals.Length - 1], Gen.Int[0, 550], Gen.Int[-1, 300], Gen.Int[1, 7], Gen.Int[0, 2]);

    private static readonly Gen<Records> RecordSpec =
        Gen.Select(
            RecordGenerators.Accommodation(Base.PlusDays(300)).Array[0, 3],
            RecordGenerators.Ete(Base.PlusDays(300)).Array[0, 3],
            RecordGenerators.SendAln(Base.PlusDays(300)).Array[0, 2],
            RecordGenerators.MentalHealth(Base.PlusDays(300)).Array[0, 3],
            RecordGenerators.SubstanceMisuse(Base.PlusDays(300)).Array[0, 3],
            RecordGenerators.Care(Base.PlusDays(300)).Array[0, 2],
            (accommodation, ete, send, mentalHealth, substanceMisuse, care) => new Records(accommodation, ete, send, mentalHealth, substanceMisuse, care));

    private static readonly Gen<(int Victim, int Links, int Flags)> VictimSpec =
        Gen.Select(Gen.Int[0, 5], Gen.Int[1, 7], Gen.Int[0, 6560]);

    private static readonly Gen<Spec> ChildSpec =
        Gen.Select(
            Gen.Int[0, 2600],
            Gen.Int[0, Sexes.Length - 1],
            Gen.Int[0, Ethnicities.Length - 1],
            OffenceSpec.Array[1, 3],
            InterventionSpec.Array[1, 3],
            VictimSpec.Array[0, 3],
            RecordSpec,
            (dob, sex, ethnicity, offences, interventions, victims, records) => new Spec(dob, sex, ethnicity, offences, interventions, victims, records));

    /// <summary>Between 0 and 20 children, ids C0, C1 ….</summary>
    public static Gen<ChildCase[]> Children { get; } = ChildSpec.Array[0, 20].Select(specs => specs.Select(Build).ToArray());

    /// <summary>A quarter from 2023Q1 to 2024Q2.</summary>
    public static Gen<ReportingQuarter> Quarter { get; } = Gen.Int[0, 5].Select(q => new ReportingQuarter(2023 + (q / 4), (q % 4) + 1));

    /// <summary>A service holding the children in the order given, with 2022 and 2023 population estimates.</summary>
    public static ServiceData Service(IEnumerable<ChildCase> children)
        => ServiceBuilder.Service(children, [new PopulationEstimate(2022, 24_000), new PopulationEstimate(2023, 20_000)], []);

    private static ChildCase Build(Spec spec, int index)
    {
        var offences = new List<Offence>();
        for (var o = 0; o < spec.Offences.Length; o++)
        {
            var (category, score, day, arrestAfter, outcomeSpecs) = spec.Offences[o];
            var offenceDate = Base.PlusDays(day);
            var outcomes = outcomeSpecs.Select(x =>
            {
                var date = offenceDate.PlusDays(x.DaysAfter);
                LocalDate? hearing = x.HearingBefore < 0 ? null : LocalDate.Max(offenceDate, date.PlusDays(-x.HearingBefore));
                return new LegalOutcome(date, OutcomeDisposals[x.Disposal], hearing, Appeals[x.Appeal], Residence[x.Resident]);
            });
            offences.Add(new Offence(
                OffenceId(o),
                offenceDate,
                arrestAfter < 0 ? null : offenceDate.PlusDays(arrestAfter),
                Categories[category],
                new SeriousnessScore(score),
                false,
                outcomes));
        }

        var interventions = new List<Intervention>();
        for (var i = 0; i < spec.Interventions.Length; i++)
        {
            var (disposal, startDay, length, links, completed) = spec.Interventions[i];
            var start = Base.PlusDays(startDay);
            interventions.Add(new Intervention(
                new InterventionId("I" + i.ToString(CultureInfo.InvariantCulture)),
                InterventionDisposals[disposal],
                start,
                length < 0 ? null : start.PlusDays(length),
                Linked(links, offences.Count),
                RecordGenerators.Flag(completed)));
        }

        var victims = new List<VictimRecord>();
        foreach (var (victim, links, flags) in spec.Victims)
        {
            var f = new bool?[8];
            var rest = flags;
            for (var k = 0; k < f.Length; k++)
            {
                f[k] = Flags[rest % 3];
                rest /= 3;
            }

            victims.Add(new VictimRecord(new VictimId("V" + victim.ToString(CultureInfo.InvariantCulture)), Linked(links, offences.Count), f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
        }

        var id = "C" + index.ToString(CultureInfo.InvariantCulture);
        var r = spec.Records;
        return new ChildCase(
            new ChildId(id), new LocalDate(2012, 6, 1).PlusDays(-spec.DateOfBirth), Sexes[spec.Sex], Ethnicities[spec.Ethnicity],
            offences, interventions, r.Accommodation, r.Ete, r.SendAln, r.MentalHealth, r.SubstanceMisuse, r.Care, victims);
    }

    // The offences whose bit is set in the mask (bit b links offence b mod count), without repeats.
    private static List<OffenceId> Linked(int mask, int offenceCount)
    {
        var ids = new SortedSet<int>();
        for (var b = 0; b < 3; b++)
        {
            if ((mask & (1 << b)) != 0)
            {
                ids.Add(b % offenceCount);
            }
        }

        return ids.Select(OffenceId).ToList();
    }

    private static OffenceId OffenceId(int o) => new("O" + o.ToString(CultureInfo.InvariantCulture));

    private sealed record Spec(
        int DateOfBirth,
        int Sex,
        int Ethnicity,
        (int Category, int Score, int Day, int ArrestAfter, (int Disposal, int DaysAfter, int HearingBefore, int Appeal, int Resident)[] Outcomes)[] Offences,
        (int Disposal, int StartDay, int Length, int Links, int Completed)[] Interventions,
        (int Victim, int Links, int Flags)[] Victims,
        Records Records);

    private sealed record Records(
        AccommodationPeriod[] Accommodation,
        EtePeriod[] Ete,
        SendAlnRecord[] SendAln,
        MentalHealthRecord[] MentalHealth,
        SubstanceMisuseRecord[] SubstanceMisuse,
        CareStatusPeriod[] Care);
}
