using System.Threading;
using CsCheck;

namespace YouthJustice.Kpi.Tests.Measures.SeriousViolence;

/// <summary>KPI 9 properties on generated services (CsCheck), each with a guard that the case it checks occurs.</summary>
public class SeriousViolencePropertyTest
{
    [Fact]
    public void Property_serious_violence_offences_never_exceed_counted_offences_and_child_order_does_not_matter()
    {
        long withSeriousViolence = 0, withOtherOffences = 0;
        Gen.Select(CaseGenerator.Children, CaseGenerator.Quarter).Sample(t =>
        {
            var (children, quarter) = t;
            var engine = new KpiEngine();
            var forward = engine.Compute(KpiEngine.Prepare(CaseGenerator.Service(children)), quarter);
            var backward = engine.Compute(KpiEngine.Prepare(CaseGenerator.Service(children.Reverse())), quarter);

            var share = forward.Find("kpi9.9a.seriousViolenceOffences")!;
            share.Numerator.Should().BeLessThanOrEqualTo(share.Denominator);
            forward.Find("kpi9.headline")!.Numerator.Should().Be(share.Numerator);
            var children9b = forward.Find("kpi9.9b.childrenWithSeriousViolence")!;
            children9b.Numerator.Should().BeLessThanOrEqualTo(children9b.Denominator);
            children9b.Denominator.Should().BeLessThanOrEqualTo(share.Denominator);

            var mine = forward.Measures.Where(m => m.Id.StartsWith("kpi9.", System.StringComparison.Ordinal)).ToList();
            mine.Where(m => m.Id.StartsWith("kpi9.9c.", System.StringComparison.Ordinal)).Sum(m => m.Numerator).Should().Be(share.Numerator);
            mine.Select(m => m.Fraction).Should().Equal(mine.Select(m => backward.Find(m.Id)!.Fraction));
            Interlocked.Add(ref withSeriousViolence, share.Numerator > 0 ? 1 : 0);
            Interlocked.Add(ref withOtherOffences, share.Denominator > share.Numerator ? 1 : 0);
        });

        // Guard: services with serious violence and services with counted offences that are not, or the bounds and the
        // order comparison hold on zeros.
        var totals = $"{withSeriousViolence} services with serious violence, {withOtherOffences} with other counted offences";
        withSeriousViolence.Should().BeGreaterThanOrEqualTo(10, totals);
        withOtherOffences.Should().BeGreaterThanOrEqualTo(15, totals);
    }
}
