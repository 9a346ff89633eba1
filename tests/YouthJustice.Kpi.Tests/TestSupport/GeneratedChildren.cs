using CsCheck;
using NodaTime;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Services;

namespace YouthJustice.Kpi.Tests.TestSupport;

/// <summary>
/// Random services for property tests of the cohort KPIs: children with one order ending in 2023Q3 (some too old or
/// too young for the cohort), dates of birth around the end of compulsory school age, and random ETE and SEND/ALN
/// records around the order.
/// </summary>
internal static class GeneratedChildren
{
    /// <summary>The quarter every generated order ends in.</summary>
    public static readonly YouthJustice.Domain.Time.ReportingQuarter Quarter = new(2023, 3);

    private static readonly LocalDate QuarterStart = new(2023, 10, 1);

    private static readonly Disposal[] Disposals =
    [
        Disposal.ReferralOrder, Disposal.YouthRehabilitationOrder, Disposal.YouthConditionalCaution, Disposal.YouthCaution,
        Disposal.CommunityResolution, Disposal.Section250Detention,
    ];

    private static readonly Gen<EtePeriod> AnyEte = RecordGenerators.Ete(QuarterStart);

    private static readonly Gen<SendAlnRecord> AnySendAln = RecordGenerators.SendAln(QuarterStart);

    /// <summary>One child: id from the index, a date of birth from 2003 to 2013, one order ending in the quarter.</summary>
    public static readonly Gen<ChildCase[]> Children =
        Gen.Select(Gen.Int[0, 4_000], Gen.Int[0, 91], Gen.Int[0, 500], Gen.Int[0, Disposals.Length - 1], Gen.Int[0, 2], Gen.Int[0, 19], AnyEte.Array[0, 4], AnySendAln.Array[0, 3])
            .Array[1, 25]
            .Select(rows =>
            {
                var children = new ChildCase[rows.Length];
                for (var i = 0; i < rows.Length; i++)
                {
                    var (dob, end, length, disposal, sex, ethnicity, ete, send) = rows[i];
                    var endDate = QuarterStart.PlusDays(end);
                    var startDate = endDate.PlusDays(-length);
                    var builder = ChildBuilder.Child("C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Iso(new LocalDate(2003, 1, 1).PlusDays(dob)))
                        .WithSex(Sex.FromValue(sex))
                        .WithEthnicity(Ethnicity.FromValue(ethnicity))
                        .Order("I1", Disposals[disposal], Iso(startDate), Iso(endDate));
                    foreach (var e in ete)
                    {
                        builder.Ete(e);
                    }

                    foreach (var s in send)
                    {
                        builder.SendAln(s);
                    }

                    children[i] = builder.Build();
                }

                return children;
            });

    /// <summary>The children as a service.</summary>
    public static ServiceData ServiceOf(IEnumerable<ChildCase> children) => ServiceBuilder.Service([.. children]);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
