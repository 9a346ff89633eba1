using System.Threading;
using CsCheck;
using YouthJustice.Domain.Education;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Measures;
using static YouthJustice.Kpi.Tests.Measures.Ete.EteTestKit;

namespace YouthJustice.Kpi.Tests.Measures.Ete;

/// <summary>KPI 2 properties on generated children (CsCheck), each with a guard that the case it checks occurs.</summary>
public class EteGeneratedChildrenTest
{
    [Fact]
    public void Evaluating_the_cohort_does_not_allocate()
    {
        var members = GeneratedCohorts.MembersEvaluatedWithoutAllocating(() => new EteKpi(), iter: 20);

        // Guard: an empty cohort evaluates nothing and so allocates nothing.
        members.Should().BeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public void Every_child_gets_exactly_one_status_on_every_measure()
    {
        var rows = GeneratedCohorts.ExactlyOneStatusPerMeasure(() => new EteKpi(), iter: 50);

        // Guard: a cohort without members has no row to check.
        rows.Should().BeGreaterThanOrEqualTo(200);
    }

    [Fact]
    public void Suitable_unsuitable_and_no_data_at_the_end_partition_the_cohort_and_age_groups_partition_it_at_each_point()
    {
        var engine = new KpiEngine();
        long suitableAtEnd = 0, unsuitableAtEnd = 0, noDataAtEnd = 0, schoolAgeAtEnd = 0, aboveSchoolAgeAtEnd = 0;
        GeneratedChildren.Children.Sample(children =>
        {
            var prepared = KpiEngine.Prepare(GeneratedChildren.ServiceOf(children));
            var result = engine.Compute(prepared, GeneratedChildren.Quarter);
            var outcomes = engine.Outcomes(prepared, GeneratedChildren.Quarter);
            var cohort = result.Cohort.Members.Count;
            outcomes.Should().HaveCount(cohort);

            int suitable = 0, unsuitable = 0, noData = 0;
            foreach (var child in outcomes)
            {
                var s = child.Statuses["kpi2.2a.suitableAtEnd"];
                var u = child.Statuses["kpi2.2a.unsuitableAtEnd"];
                (s, u).Should().BeOneOf((ChildMeasureStatus.Met, ChildMeasureStatus.NotMet), (ChildMeasureStatus.NotMet, ChildMeasureStatus.Met), (ChildMeasureStatus.NoData, ChildMeasureStatus.NoData));
                suitable += s == ChildMeasureStatus.Met ? 1 : 0;
                unsuitable += u == ChildMeasureStatus.Met ? 1 : 0;
                noData += s == ChildMeasureStatus.NoData ? 1 : 0;
                child.Statuses["kpi2.headline"].Should().Be(s);
            }

            (suitable + unsuitable + noData).Should().Be(cohort);
            Interlocked.Add(ref suitableAtEnd, suitable);
            Interlocked.Add(ref unsuitableAtEnd, unsuitable);
            Interlocked.Add(ref noDataAtEnd, noData);
            F(result, "kpi2.2a.suitableAtEnd").Should().Be(new Fraction(suitable, cohort));
            F(result, "kpi2.2a.unsuitableAtEnd").Should().Be(new Fraction(unsuitable, cohort));
            foreach (var point in new[] { "atStart", "atEnd" })
            {
                (result.Find($"kpi2.2b.{point}.schoolAgeSuitable")!.Denominator + result.Find($"kpi2.2b.{point}.aboveSchoolAgeSuitable")!.Denominator).Should().Be(cohort);
            }

            // The end-of-order split agrees with the domain's compulsory school age, child by child.
            foreach (var member in result.Cohort.Members)
            {
                var dob = children.Single(c => c.Id == member.ChildId).DateOfBirth!.Value;
                var schoolAge = CompulsorySchoolAge.Default.IsOfCompulsorySchoolAge(dob, member.End);
                var status = outcomes.Single(o => o.ChildId == member.ChildId).Statuses["kpi2.2b.atEnd.aboveSchoolAgeSuitable"];
                (status == ChildMeasureStatus.NotInDenominator).Should().Be(schoolAge);
                if (schoolAge)
                {
                    Interlocked.Increment(ref schoolAgeAtEnd);
                }
                else
                {
                    Interlocked.Increment(ref aboveSchoolAgeAtEnd);
                }
            }
        }, iter: 100);

        // Guard: each part of both partitions must be reached, or the sums hold on nothing.
        var totals = $"{suitableAtEnd} suitable, {unsuitableAtEnd} unsuitable, {noDataAtEnd} no data; {schoolAgeAtEnd} of school age, {aboveSchoolAgeAtEnd} above";
        suitableAtEnd.Should().BeGreaterThanOrEqualTo(60, totals);
        unsuitableAtEnd.Should().BeGreaterThanOrEqualTo(50, totals);
        noDataAtEnd.Should().BeGreaterThanOrEqualTo(100, totals);
        schoolAgeAtEnd.Should().BeGreaterThanOrEqualTo(150, totals);
        aboveSchoolAgeAtEnd.Should().BeGreaterThanOrEqualTo(60, totals);
    }
}
