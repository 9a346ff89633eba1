using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using YouthJustice.Domain;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Health;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Domain.Victims;

namespace YouthJustice.Sampling;

/// <summary>
/// Generates a realistic synthetic youth justice service: children aged 10–17 (mostly 15–17, about nine in ten
/// boys, as in published caseload profiles), offences across the YJB categories with seriousness scores, the mix of
/// out-of-court and court outcomes a service sees, intervention programmes with plausible lengths, and the needs
/// records the KPIs read, with a small share of the cases that exercise each exclusion rule, and (since 0.1.0, from a
/// stream of their own) court hearings with remand decisions and custodial release dates. Deterministic: the same
/// options always give the same service. Every name and id is invented.
/// </summary>
public static class SampleGenerator
{
    private static readonly (Disposal Disposal, int Weight, int MinMonths, int MaxMonths)[] Disposals =
    [
        (Disposal.CommunityResolution, 14, 1, 3),
        (Disposal.Outcome22, 10, 1, 4),
        (Disposal.Outcome22DeferredProsecution, 3, 2, 4),
        (Disposal.Outcome21, 2, 1, 3),
        (Disposal.YouthCaution, 8, 1, 3),
        (Disposal.YouthConditionalCaution, 8, 2, 4),
        (Disposal.ReferralOrder, 26, 3, 12),
        (Disposal.YouthRehabilitationOrder, 14, 6, 24),
        (Disposal.YouthRehabilitationOrderWithIss, 3, 6, 12),
        (Disposal.DetentionAndTrainingOrder, 5, 4, 24),
        (Disposal.Section250Detention, 1, 24, 48),
        (Disposal.Fine, 3, 1, 1),
        (Disposal.ConditionalDischarge, 3, 6, 24),
    ];

    private static readonly (OffenceCategory Category, int Weight, int MinScore, int MaxScore)[] Categories =
    [
        (OffenceCategory.ViolenceAgainstThePerson, 30, 2, 7),
        (OffenceCategory.TheftAndHandling, 12, 1, 3),
        (OffenceCategory.Drugs, 10, 1, 6),
        (OffenceCategory.CriminalDamage, 9, 1, 3),
        (OffenceCategory.Robbery, 7, 5, 7),
        (OffenceCategory.PublicOrder, 7, 1, 4),
        (OffenceCategory.MotoringOffences, 6, 1, 3),
        (OffenceCategory.DomesticBurglary, 3, 4, 6),
        (OffenceCategory.NonDomesticBurglary, 3, 3, 4),
        (OffenceCategory.SexualOffences, 2, 4, 7),
        (OffenceCategory.BreachOfStatutoryOrder, 4, 2, 4),
        (OffenceCategory.VehicleTheft, 3, 2, 4),
        (OffenceCategory.Other, 4, 1, 4),
    ];

    private static readonly (Ethnicity Ethnicity, int Weight)[] Ethnicities =
    [
        (Ethnicity.WhiteBritish, 62), (Ethnicity.WhiteOther, 4), (Ethnicity.WhiteGypsyOrIrishTraveller, 1),
        (Ethnicity.WhiteAndBlackCaribbean, 6), (Ethnicity.WhiteAndAsian, 2), (Ethnicity.MixedOther, 3),
        (Ethnicity.Indian, 2), (Ethnicity.Pakistani, 4), (Ethnicity.Bangladeshi, 1), (Ethnicity.AsianOther, 1),
        (Ethnicity.African, 4), (Ethnicity.Caribbean, 4), (Ethnicity.BlackOther, 1),
        (Ethnicity.Arab, 1), (Ethnicity.OtherEthnicGroup, 1), (Ethnicity.NotKnown, 3),
    ];

    private static readonly AccommodationType[] SuitableHomes =
    [
        AccommodationType.LivingWithParents, AccommodationType.LivingWithParents, AccommodationType.LivingWithParents,
        AccommodationType.LivingWithParents, AccommodationType.LivingWithFamily, AccommodationType.FosterCareLocalAuthority,
        AccommodationType.SupportedAccommodation, AccommodationType.ResidentialUnitLocalAuthority,
    ];

    /// <summary>Generates one service.</summary>
    /// <param name="options">What to generate.</param>
    /// <returns>The service.</returns>
    public static ServiceData Generate(SampleOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        var random = new Random(options.Seed);

        // Hearings and release dates (added in 0.1.0) come from their own stream, so every record drawn from the first
        // one, and so every figure the earlier measures give, is what it was before they were added.
        var hearings = new Random(unchecked((options.Seed * 397) ^ HearingStreamSalt));
        var firstEnd = options.FirstQuarter.Start;
        var lastEnd = ReportingQuarter.FromOrdinal(options.FirstQuarter.Ordinal + options.Quarters - 1).End;
        var span = Period.DaysBetween(firstEnd, lastEnd) + 1;

        var children = new List<ChildCase>(options.Children);
        for (var i = 0; i < options.Children; i++)
        {
            var orderEnd = firstEnd.PlusDays(random.Next(span));
            children.Add(WithHearingsAndRelease(hearings, Child(random, i + 1, orderEnd)));
        }

        var firstYear = options.FirstQuarter.FinancialYearStartYear - 1;
        var populations = new List<PopulationEstimate>();
        var population = Math.Max(1_000, options.Children * 40);
        for (var year = firstYear; year <= lastEnd.Year; year++)
        {
            populations.Add(new PopulationEstimate(year, population + ((year - firstYear) * population / 100)));
        }

        var board = new List<BoardAttendance>();
        for (var q = 0; q < options.Quarters; q++)
        {
            var quarter = ReportingQuarter.FromOrdinal(options.FirstQuarter.Ordinal + q);
            foreach (var sector in BoardSector.List)
            {
                var senior = random.Next(100) < (sector == BoardSector.Other ? 40 : 80);
                var delegated = !senior && random.Next(100) < 60;
                if (senior || delegated)
                {
                    board.Add(new BoardAttendance(quarter, sector, senior, delegated, random.Next(100) < 10));
                }
            }
        }

        return new ServiceData(new ServiceCode(options.ServiceCode), options.ServiceName, populations, board, children);
    }

    /// <summary>Seeds the stream of hearings and release dates apart from the main one.</summary>
    private const int HearingStreamSalt = 0x4B37;

    /// <summary>The remand decisions a generated remand hearing takes, with weights.</summary>
    private static readonly (RemandDecision Decision, int Weight)[] Remands =
    [
        (RemandDecision.RemandInCustody, 4),
        (RemandDecision.CourtOrderedSecureRemand, 1),
        (RemandDecision.RemandToLocalAuthorityAccommodation, 3),
        (RemandDecision.RemandToLocalAuthorityAccommodationAndTag, 1),
        (RemandDecision.RemandToLocalAuthorityAccommodationAndGpsTag, 1),
        (RemandDecision.RemandToLocalAuthorityAccommodationAndRadioTag, 1),
        (RemandDecision.RemandToLocalAuthorityAccommodationAndCurfew, 1),
    ];

    /// <summary>
    /// Adds, from <paramref name="random"/> only, a hearing on the first hearing date of the child's main court
    /// outcome (about one in three with a remand decision, one in four with none) and a release date on most
    /// custodial programmes that are not a DTO licence (halfway through the programme); a DTO licence's release is
    /// its start. Every other record is kept as it is.
    /// </summary>
    private static ChildCase WithHearingsAndRelease(Random random, ChildCase child)
    {
        var hearings = new List<Hearing>();
        var main = child.FindOffence(new OffenceId("O1"));
        if (main is { Outcomes: [{ FirstHearingDate: { } firstHearing }, ..] })
        {
            var roll = random.Next(100);
            if (roll < 35)
            {
                hearings.Add(new Hearing(new HearingId("H1"), firstHearing, Pick(random, Remands), [main.Id]));
            }
            else if (roll < 60)
            {
                hearings.Add(new Hearing(new HearingId("H1"), firstHearing, RemandDecision.NoRemand, [main.Id]));
            }
        }

        var interventions = new List<Intervention>(child.Interventions.Count);
        var released = false;
        foreach (var i in child.Interventions)
        {
            if (i.Disposal.IsCustodial && i.Disposal != Disposal.DetentionAndTrainingOrderLicence && i.End is { } end && random.Next(100) < 80)
            {
                var release = i.Start.PlusDays(Period.DaysBetween(i.Start, end) / 2);
                interventions.Add(new Intervention(i.Id, i.Disposal, i.Start, i.End, i.OffenceIds, i.CompletedSuccessfully, release));
                released = true;
            }
            else
            {
                interventions.Add(i);
            }
        }

        return hearings.Count == 0 && !released
            ? child
            : new ChildCase(child.Id, child.DateOfBirth, child.Sex, child.Ethnicity, child.Offences, interventions, child.Accommodation, child.Ete, child.SendAln, child.MentalHealth, child.SubstanceMisuse, child.CareStatus, child.Victims, hearings);
    }

    private static ChildCase Child(Random random, int number, LocalDate orderEnd)
    {
        var id = new ChildId("C" + number.ToString("D5", CultureInfo.InvariantCulture));
        var (disposal, _, minMonths, maxMonths) = Pick(random, Disposals, static d => d.Weight);
        var months = minMonths + random.Next(maxMonths - minMonths + 1);
        var isCustodial = disposal.IsCustodial;
        var outcomeDate = orderEnd.PlusMonths(-months);

        // Age at the outcome: mostly 15-17; about 1 in 60 is 18 by the start (excluded for age).
        var ageAtOutcome = random.Next(100) switch
        {
            < 3 => 10 + random.Next(3),
            < 18 => 13 + random.Next(2),
            < 98 => 15 + random.Next(3),
            _ => 18,
        };
        var dateOfBirth = outcomeDate.PlusYears(-ageAtOutcome).PlusDays(-random.Next(365));
        var sex = random.Next(1000) < 887 ? Sex.Male : random.Next(50) == 0 ? Sex.NotKnown : Sex.Female;
        var ethnicity = Pick(random, Ethnicities);

        var offences = new List<Offence>();
        var interventions = new List<Intervention>();
        var (category, _, minScore, maxScore) = Pick(random, Categories, static c => c.Weight);
        var score = minScore + random.Next(maxScore - minScore + 1);
        var offenceDate = outcomeDate.PlusDays(-(14 + random.Next(120)));
        var court = disposal.Venue != DisposalVenue.OutOfCourt;
        var appeal = random.Next(200) == 0 ? AppealStatus.AppealSuccessful : null;
        bool? resident = random.Next(60) == 0 ? false : true;
        var outcome = new LegalOutcome(outcomeDate, disposal, court ? outcomeDate.PlusDays(-random.Next(60)) : null, appeal, resident);
        var offenceId = new OffenceId("O1");
        offences.Add(new Offence(offenceId, offenceDate, court ? null : offenceDate.PlusDays(random.Next(3)), category, new SeriousnessScore(score), category == OffenceCategory.ViolenceAgainstThePerson && random.Next(8) == 0, [outcome]));

        var start = isCustodial ? outcomeDate.PlusMonths(months / 2) : outcomeDate.PlusDays(random.Next(21));
        if (start > orderEnd)
        {
            start = orderEnd;
        }

        var interventionDisposal = disposal == Disposal.DetentionAndTrainingOrder ? Disposal.DetentionAndTrainingOrderLicence : disposal;
        bool? completed = random.Next(100) < 85 ? true : random.Next(3) == 0 ? null : false;
        interventions.Add(new Intervention(new InterventionId("I1"), interventionDisposal, start, orderEnd, [offenceId], completed));

        // A second, earlier matter for about one child in five.
        if (random.Next(5) == 0)
        {
            var earlierOutcome = outcomeDate.PlusMonths(-(6 + random.Next(12)));
            var (c2, _, min2, max2) = Pick(random, Categories, static c => c.Weight);
            var second = new OffenceId("O2");
            offences.Add(new Offence(second, earlierOutcome.PlusDays(-30), earlierOutcome.PlusDays(-29), c2, new SeriousnessScore(min2 + random.Next(max2 - min2 + 1)), false, [new LegalOutcome(earlierOutcome, Disposal.YouthCaution, null, null, true)]));
            interventions.Add(new Intervention(new InterventionId("I0"), Disposal.YouthCaution, earlierOutcome, earlierOutcome.PlusMonths(2), [second], true));
        }

        // A reoffence after the order for about one child in four.
        if (random.Next(4) == 0)
        {
            var reoffence = orderEnd.PlusDays(20 + random.Next(300));
            offences.Add(new Offence(new OffenceId("O3"), reoffence, reoffence, Pick(random, Categories, static c => c.Weight).Category, new SeriousnessScore(1 + random.Next(5)), false, [new LegalOutcome(reoffence.PlusDays(30 + random.Next(150)), Disposal.ReferralOrder, reoffence.PlusDays(20), null, true)]));
        }

        var orderStart = isCustodial ? outcomeDate : start;
        var accommodation = Accommodation(random, orderStart, orderEnd, isCustodial);
        var ete = Ete(random, dateOfBirth, orderStart, orderEnd);
        var sendAln = new List<SendAlnRecord>();
        if (random.Next(100) < 30)
        {
            sendAln.Add(new SendAlnRecord(dateOfBirth.PlusYears(8), null, true, random.Next(100) < 55));
        }

        var mentalHealth = new List<MentalHealthRecord>();
        if (random.Next(100) < 55)
        {
            var screened = start.PlusDays(random.Next(30));
            var offered = random.Next(100) < 75 ? screened.PlusDays(7 + random.Next(30)) : (LocalDate?)null;
            var attended = offered is { } o && random.Next(100) < 70 ? o.PlusDays(7) : (LocalDate?)null;
            mentalHealth.Add(new MentalHealthRecord(screened, screened.PlusDays(3), offered, attended, null, Pick(random, [(MentalHealthIntervention.GettingAdvice, 3), (MentalHealthIntervention.GettingHelp, 5), (MentalHealthIntervention.GettingAdditionalHelp, 2), (MentalHealthIntervention.GettingRiskSupport, 1)])));
        }

        var substanceMisuse = new List<SubstanceMisuseRecord>();
        if (random.Next(100) < 40)
        {
            var screened = start.PlusDays(random.Next(30));
            var offered = random.Next(100) < 70 ? screened.PlusDays(7 + random.Next(30)) : (LocalDate?)null;
            substanceMisuse.Add(new SubstanceMisuseRecord(screened, null, offered, offered is { } o && random.Next(100) < 60 ? o.PlusDays(10) : null, null, Pick(random, [(SubstanceMisuseIntervention.TargetedIntervention, 6), (SubstanceMisuseIntervention.SpecialistSubstanceMisuseTreatment, 3), (SubstanceMisuseIntervention.ComplexCare, 1)])));
        }

        var care = new List<CareStatusPeriod>();
        var careRoll = random.Next(100);
        if (careRoll < 15)
        {
            care.Add(new CareStatusPeriod(CareStatus.LookedAfter, dateOfBirth.PlusYears(12), null));
        }
        else if (careRoll < 22)
        {
            care.Add(new CareStatusPeriod(CareStatus.ChildProtectionPlan, start.PlusMonths(-3), start.PlusMonths(3)));
        }
        else if (careRoll < 35)
        {
            care.Add(new CareStatusPeriod(CareStatus.ChildInNeed, start.PlusMonths(-6), null));
        }
        else if (careRoll < 45)
        {
            care.Add(new CareStatusPeriod(CareStatus.EarlyHelp, start.PlusMonths(1), orderEnd.PlusMonths(2)));
        }

        var victims = new List<VictimRecord>();
        if (category.IsSeriousViolenceCategory || category == OffenceCategory.DomesticBurglary || random.Next(3) == 0)
        {
            var consent = random.Next(100) < 55;
            victims.Add(new VictimRecord(
                new VictimId("V" + number.ToString("D5", CultureInfo.InvariantCulture)),
                [offenceId],
                consent,
                consent && random.Next(100) < 45,
                consent && random.Next(100) < 70,
                random.Next(2) == 0,
                random.Next(3) > 0,
                random.Next(3) == 0,
                random.Next(2) == 0,
                consent || random.Next(2) == 0));
        }

        return new ChildCase(id, dateOfBirth, sex, ethnicity, offences, interventions, accommodation, ete, sendAln, mentalHealth, substanceMisuse, care, victims);
    }

    private static List<AccommodationPeriod> Accommodation(Random random, LocalDate orderStart, LocalDate orderEnd, bool custodial)
    {
        var list = new List<AccommodationPeriod>();
        var home = SuitableHomes[random.Next(SuitableHomes.Length)];
        var roll = random.Next(100);
        if (roll < 4)
        {
            return list; // nothing recorded: denominator only
        }

        if (custodial)
        {
            list.Add(new AccommodationPeriod(orderStart, orderStart.PlusMonths(3), random.Next(2) == 0 ? AccommodationType.YoungOffenderInstitution : AccommodationType.SecureChildrensHome, Suitability.Suitable, true));
        }

        if (roll < 12)
        {
            var moved = orderStart.PlusDays(Math.Max(1, Period.DaysBetween(orderStart, orderEnd) / 2));
            list.Add(new AccommodationPeriod(orderStart.PlusYears(-2), moved, home, Suitability.Suitable, true));
            var unsuitable = random.Next(4) switch
            {
                0 => AccommodationType.BedAndBreakfast,
                1 => AccommodationType.NoFixedAbode,
                2 => AccommodationType.TemporaryAccommodation,
                _ => AccommodationType.LivingWithFriends,
            };
            list.Add(new AccommodationPeriod(moved.PlusDays(1), null, unsuitable, random.Next(2) == 0 ? Suitability.Unsuitable : Suitability.Unknown, true));
        }
        else
        {
            list.Add(new AccommodationPeriod(orderStart.PlusYears(-3), null, home, roll < 16 ? Suitability.Unknown : Suitability.Suitable, true));
        }

        return list;
    }

    private static List<EtePeriod> Ete(Random random, LocalDate dateOfBirth, LocalDate orderStart, LocalDate orderEnd)
    {
        var list = new List<EtePeriod>();
        var schoolAgeEnds = CompulsorySchoolAge.Default.EndDate(dateOfBirth);
        var roll = random.Next(100);
        if (roll < 5)
        {
            return list;
        }

        var schoolAge = orderEnd <= schoolAgeEnds;
        var provision = schoolAge
            ? Pick(random, [(EteProvision.MainstreamSchool, 6), (EteProvision.PupilReferralUnit, 2), (EteProvision.AlternativeProvisionOtherPartTime, 1), (EteProvision.SchoolPartTime, 1)])
            : Pick(random, [(EteProvision.College, 5), (EteProvision.Apprenticeship, 1), (EteProvision.PartTimeEmployment, 1), (EteProvision.EducationReengagementProgramme, 1), (EteProvision.None, 2)]);
        var fullTime = schoolAge ? 25m : 16m;
        var offered = provision == EteProvision.None ? 0m : random.Next(100) < 65 ? fullTime + random.Next(6) : 5m + random.Next(10);
        var attended = Math.Min(offered, Math.Round(offered * (decimal)(0.4 + (random.NextDouble() * 0.6)), 1));
        var suitability = provision == EteProvision.None ? Suitability.Unsuitable
            : roll < 20 ? Suitability.Unsuitable
            : roll < 26 ? Suitability.Unknown
            : Suitability.Suitable;
        list.Add(new EtePeriod(orderStart.PlusMonths(-8), null, provision, suitability, offered, attended));
        return list;
    }

    private static T Pick<T>(Random random, (T Item, int Weight)[] items)
        => items[PickIndex(random, items, static i => i.Weight)].Item;

    private static T Pick<T>(Random random, T[] items, Func<T, int> weight)
        => items[PickIndex(random, items, weight)];

    private static int PickIndex<T>(Random random, T[] items, Func<T, int> weight)
    {
        var total = 0;
        foreach (var item in items)
        {
            total += weight(item);
        }

        var roll = random.Next(total);
        for (var i = 0; i < items.Length; i++)
        {
            var w = weight(items[i]);
            if (roll < w)
            {
                return i;
            }

            roll -= w;
        }

        return items.Length - 1;
    }
}
