namespace YouthJustice.Kpi.Tests.BadInput;

/// <summary>
/// Issue 14 in the library: every date the readers accept flows through the engine's Prepare, Compute, Explain,
/// Outcomes and Diff without an exception (decisions IX-R1, IX-R5).
/// </summary>
public sealed class DateEdgesTest
{
    [Fact]
    public void Prepare_accepts_an_intervention_ending_9999_12_31_and_treats_it_as_open_in_every_quarter()
    {
        var child = ChildBuilder.Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "9999-12-31").Build();

        var prepared = KpiEngine.Prepare(ServiceBuilder.Service(child));
        var result = new KpiEngine().Compute(prepared, Quarter3.Q3);

        result.Cohort.Members.Should().BeEmpty("an order that never ends in a reportable quarter is in no quarter's cohort");
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1900-01-02")]
    [InlineData("1960-06-15")]
    [InlineData("1981-08-31")] // 16 on 1997-08-31, the last birthday before the 1997/98 school year (decision KE4)
    [InlineData("1981-09-01")] // 16 in the 1997/98 school year: leaves on 26 June 1998, the first last-Friday date
    [InlineData("1982-09-01")]
    [InlineData("9982-12-31")]
    [InlineData("9983-01-01")]
    [InlineData("9999-12-31")]
    public void A_date_of_birth_anywhere_in_the_calendar_never_throws_in_any_engine_call(string dateOfBirth)
    {
        var child = ChildBuilder.Child("C1", dateOfBirth)
            .Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30")
            .Ete("2023-05-01", null, Domain.Education.EteProvision.College, Domain.Cases.Suitability.Suitable, 20m, 20m)
            .Build();
        var engine = new KpiEngine();

        var prepared = KpiEngine.Prepare(ServiceBuilder.Service(child));
        foreach (var definitions in DefinitionSet.List)
        {
            // Born outside 2005-05-02..2013-05-01, the child is never 10-17 on the order's start: excluded for age.
            var kpiReturn = engine.Compute(prepared, Quarter3.Q3, definitions);
            kpiReturn.Measures.Should().HaveCount(engine.Catalogue.Count);
            kpiReturn.Cohort.Members.Should().BeEmpty();
            kpiReturn.Cohort.Exclusions.Should().ContainSingle().Which.Reason.Name.Should().Be("AgeOutsideRange");
            engine.Outcomes(prepared, Quarter3.Q3, definitions).Should().BeEmpty("only cohort children have outcomes");
            var explanation = engine.Explain(prepared, new ChildId("C1"), Quarter3.Q3, definitions).AsT0;
            explanation.Exclusion!.Reason.Name.Should().Be("AgeOutsideRange");
            explanation.Measures.Should().HaveCount(engine.Catalogue.Count);
        }

        engine.Diff(prepared, Quarter3.Q3, DefinitionSet.Definitions2023, DefinitionSet.Definitions2024)
            .Should().BeEmpty("the child is excluded for age under both definition sets");
        engine.Compute(prepared, new ReportingQuarter(9989, 4)).Measures.Should().NotBeEmpty();
        engine.Compute(prepared, new ReportingQuarter(1, 1)).Measures.Should().NotBeEmpty();
    }

    [Fact]
    public void A_child_born_in_1960_is_outside_10_to_17_and_so_not_in_the_cohort()
    {
        var child = ChildBuilder.Child("C1", "1960-06-15").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30").Build();

        var result = Quarter3.Compute(child);

        result.Cohort.Members.Should().BeEmpty();
        result.Cohort.Exclusions.Single().Reason.Name.Should().Be("AgeOutsideRange");
    }
}
