using YouthJustice.Domain.Services;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Sampling;

namespace YouthJustice.Kpi.Tests.Profiles;

/// <summary>
/// On a generated service with blank appeal statuses and (every fifth outcome) blank residences: the default is the
/// guidance, a profile with no divergence gives the same return byte for byte, and the pipeline profile does move it.
/// </summary>
public class GeneratedServiceProfileTest
{
    private static readonly ServiceData Generated = WithBlankResidences(SampleGenerator.Generate(SampleOptions.Default), every: 5);
    private static readonly PreparedService Prepared = KpiEngine.Prepare(Generated);
    private static readonly ReportingQuarter[] Quarters = Enumerable.Range(0, 8).Select(i => ReportingQuarter.FromOrdinal(new ReportingQuarter(2023, 1).Ordinal + i)).ToArray();

    [Fact]
    public void The_generated_data_hold_the_blanks_the_profile_reads()
    {
        var outcomes = Generated.Children.SelectMany(c => c.Offences).SelectMany(o => o.Outcomes).ToList();

        outcomes.Count(o => o.AppealStatus is null).Should().BeGreaterThan(500);
        outcomes.Count(o => o.ResidentInArea is null).Should().BeGreaterThan(100);
        outcomes.Count(o => o.AppealStatus is not null).Should().BeGreaterThan(0);
    }

    [Fact]
    public void The_default_engine_and_a_profile_with_no_divergence_give_the_guidance_return_byte_for_byte()
    {
        var checkedQuarters = 0;
        foreach (var quarter in Quarters)
        {
            foreach (var definitions in DefinitionSet.List)
            {
                var byDefault = ReturnText.Canonical(new KpiEngine().Compute(Prepared, quarter, definitions));
                var guidance = ReturnText.Canonical(new KpiEngine(new KpiOptions { Profile = KpiProfile.Guidance }).Compute(Prepared, quarter, definitions));
                var none = ReturnText.Canonical(new KpiEngine(new KpiOptions { Profile = KpiProfile.With([]) }).Compute(Prepared, quarter, definitions));

                guidance.Should().Be(byDefault);
                none.Should().Be(byDefault);
                checkedQuarters++;
            }
        }

        checkedQuarters.Should().Be(16);
    }

    [Fact]
    public void The_pipeline_profile_shrinks_the_cohorts_and_says_why()
    {
        var pipeline = new KpiEngine(new KpiOptions { Profile = KpiProfile.YjbPipeline });
        var residenceOnly = new KpiEngine(new KpiOptions { Profile = KpiProfile.With([PipelineDivergence.BlankResidenceDropsRow]) });
        int guidanceMembers = 0, pipelineMembers = 0;
        var reasons = new HashSet<ExclusionReason>();
        foreach (var quarter in Quarters)
        {
            guidanceMembers += new KpiEngine().Cohort(Prepared, quarter).Members.Count;
            var cohort = pipeline.Cohort(Prepared, quarter);
            pipelineMembers += cohort.Members.Count;
            reasons.UnionWith(cohort.Exclusions.Select(e => e.Reason));

            // Most blank residences sit beside a blank appeal status, which is checked first: alone, they show.
            reasons.UnionWith(residenceOnly.Cohort(Prepared, quarter).Exclusions.Select(e => e.Reason));
        }

        guidanceMembers.Should().BeGreaterThan(200);
        pipelineMembers.Should().BeLessThan(guidanceMembers / 2, "most generated outcomes have no appeal status (yjaf-case-level §6.1)");
        reasons.Should().Contain([ExclusionReason.AppealStatusNotRecorded, ExclusionReason.ResidenceNotRecorded]);
    }

    internal static ServiceData WithBlankResidences(ServiceData service, int every)
    {
        var n = 0;
        LegalOutcome Blank(LegalOutcome o) => n++ % every == 0 ? new LegalOutcome(o.Date, o.Outcome, o.FirstHearingDate, o.AppealStatus, null) : o;
        var children = service.Children.Select(c => new ChildCase(
            c.Id,
            c.DateOfBirth,
            c.Sex,
            c.Ethnicity,
            c.Offences.Select(o => new Offence(o.Id, o.OffenceDate, o.ArrestDate, o.Category, o.Seriousness, o.KnifeRelated, o.Outcomes.Select(Blank).ToList())).ToList(),
            c.Interventions,
            c.Accommodation,
            c.Ete,
            c.SendAln,
            c.MentalHealth,
            c.SubstanceMisuse,
            c.CareStatus,
            c.Victims)).ToList();
        return new ServiceData(service.Code, service.Name, service.Populations, service.BoardAttendance, children);
    }
}
