using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Health;
using YouthJustice.Domain.Services;

namespace YouthJustice.Kpi.Tests.TestSupport;

/// <summary>
/// Builds a random but valid service from a seed, for property tests: children with one or two orders (every type of
/// order, DTO licences with their custody outcome, open and ended interventions, completion yes/no/not recorded),
/// mental-health and substance-misuse records with any mix of missing dates, and care-status periods. Most orders end
/// in <see cref="Quarter"/> (2023Q3) so that the cohort is rarely empty.
/// </summary>
internal static class RandomService
{
    public static readonly YouthJustice.Domain.Time.ReportingQuarter Quarter = new(2023, 3);

    private static readonly Disposal[] Disposals =
    [
        Disposal.CommunityResolution, Disposal.Outcome20, Disposal.Outcome21, Disposal.Outcome22, Disposal.Outcome22DeferredProsecution,
        Disposal.YouthCaution, Disposal.YouthConditionalCaution, Disposal.ReferralOrder, Disposal.YouthRehabilitationOrder,
        Disposal.YouthRehabilitationOrderWithIss, Disposal.DetentionAndTrainingOrderLicence, Disposal.Section250Detention, Disposal.Fine,
    ];

    private static readonly LocalDate Origin = new(2022, 10, 1);

    public static ServiceData From(int seed)
    {
        var random = new Random(seed);
        var children = new List<ChildCase>();
        var count = random.Next(1, 9);
        for (var c = 0; c < count; c++)
        {
            children.Add(Child(random, "C" + c.ToString(CultureInfo.InvariantCulture)));
        }

        return ServiceBuilder.Service([.. children]);
    }

    private static ChildCase Child(Random random, string id)
    {
        var child = new ChildBuilder(id, new LocalDate(2004, 1, 1).PlusDays(random.Next(0, 9 * 365)));
        var orders = random.Next(1, 3);
        for (var o = 0; o < orders; o++)
        {
            var disposal = Disposals[random.Next(Disposals.Length)];
            var end = random.Next(10) < 7
                ? new LocalDate(2023, 10, 1).PlusDays(random.Next(0, 92))
                : Origin.PlusDays(random.Next(0, 500));
            var start = end.PlusDays(-random.Next(0, 300));
            string? endText = random.Next(10) == 0 ? null : Iso(end);
            bool? completed = random.Next(3) switch { 0 => null, 1 => true, _ => false };
            var orderId = "I" + o.ToString(CultureInfo.InvariantCulture);
            if (disposal == Disposal.DetentionAndTrainingOrderLicence)
            {
                child.Order(orderId, disposal, Iso(start), endText, outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: Iso(start.PlusDays(-random.Next(1, 200))), completed: completed);
            }
            else
            {
                child.Order(orderId, disposal, Iso(start), endText, completed: completed);
            }
        }

        for (var i = random.Next(0, 4); i > 0; i--)
        {
            var (attendedStart, attendedEnd) = Ordered(random);
            child.MentalHealth(
                Maybe(random),
                Maybe(random),
                attendedStart,
                attendedEnd,
                random.Next(6) == 0 ? null : MentalHealthIntervention.FromValue(random.Next(0, 5)),
                Maybe(random));
        }

        for (var i = random.Next(0, 4); i > 0; i--)
        {
            var (attendedStart, attendedEnd) = Ordered(random);
            child.SubstanceMisuse(
                Maybe(random),
                Maybe(random),
                attendedStart,
                attendedEnd,
                random.Next(5) == 0 ? null : SubstanceMisuseIntervention.FromValue(random.Next(0, 4)),
                Maybe(random));
        }

        for (var i = random.Next(0, 4); i > 0; i--)
        {
            var (start, end) = Ordered(random);
            child.Care(CareStatus.FromValue(random.Next(0, 7)), start, end);
        }

        return child.Build();
    }

    private static string? Maybe(Random random)
        => random.Next(10) < 3 ? null : random.Next(20) == 0 ? "1900-01-01" : Iso(Origin.PlusDays(random.Next(0, 550)));

    private static (string? First, string? Second) Ordered(Random random)
    {
        var a = random.Next(10) < 3 ? (LocalDate?)null : Origin.PlusDays(random.Next(0, 550));
        var b = random.Next(10) < 4 ? (LocalDate?)null : Origin.PlusDays(random.Next(0, 550));
        if (a is { } x && b is { } y && y < x)
        {
            (a, b) = (b, a);
        }

        return (a is { } s ? Iso(s) : null, b is { } e ? Iso(e) : null);
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
