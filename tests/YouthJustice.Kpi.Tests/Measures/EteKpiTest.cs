using System.Collections.Generic;
using System.Linq;
using CsCheck;
using FluentAssertions;
using Xunit;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Measures;
using YouthJustice.Kpi.Results;
using YouthJustice.Kpi.Tests.TestSupport;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures;

public class EteKpiTest
{
    // Compulsory school age ends 2024-06-28: of school age throughout 2023.
    private const string SchoolAgeDob = "2008-05-01";

    // Compulsory school age ended 2022-06-24; 17 on 2023-05-01.
    private const string AboveSchoolAgeDob = "2006-05-01";

    // 16 on 2023-08-31, after the last Friday in June (2023-06-30) but before the school year starts: school age ends 2023-06-30.
    private const string LeavesOn20230630Dob = "2007-08-31";

    private static readonly ReportingQuarter Q3 = new(2023, 3);

    private static KpiReturn Compute(DefinitionSet definitions, ReportingQuarter quarter, params ChildCase[] children)
        => new KpiEngine().Compute(KpiEngine.Prepare(Service(children)), quarter, definitions);

    private static KpiReturn Compute(params ChildCase[] children) => Compute(DefinitionSet.Definitions2024, Q3, children);

    private static Fraction F(KpiReturn result, string id) => result.Find(id)!.Fraction;

    private static ChildBuilder ReferralOrderEndingInQ3(string id, string dob = SchoolAgeDob)
        => Child(id, dob).Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30");

    [Fact]
    public void School_age_child_offered_15_and_10_hours_is_offered_full_time()
    {
        // kpi-rules §9.3: two ETE records at the end offering 15 h and 10 h = 25 h a week.
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2023-09-01", null, EteProvision.SchoolPartTime, Suitability.Suitable, offered: 15m)
            .Ete("2023-09-01", null, EteProvision.AlternativeProvisionOtherPartTime, Suitability.Suitable, offered: 10m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2c.atEnd.fullTime").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2c.atEnd.partTime").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2c.atEnd.schoolAgeFullTime").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2c.atEnd.aboveSchoolAgeFullTime").Should().Be(new Fraction(0, 0));
        F(result, "kpi2.2c.atStart.fullTime").Should().Be(new Fraction(0, 1), "no ETE record was open at the start: denominator only");
    }

    [Theory]
    [InlineData(AboveSchoolAgeDob, "15", false)] // kpi-rules §9.3
    [InlineData(AboveSchoolAgeDob, "15.5", false)]
    [InlineData(AboveSchoolAgeDob, "16", true)]
    [InlineData(SchoolAgeDob, "24", false)]
    [InlineData(SchoolAgeDob, "24.5", false)]
    [InlineData(SchoolAgeDob, "25", true)]
    [InlineData(SchoolAgeDob, "16", false)]
    public void Full_time_threshold_is_25_hours_at_school_age_and_16_above(string dob, string hours, bool fullTime)
    {
        var child = ReferralOrderEndingInQ3("C1", dob)
            .Ete("2023-01-01", null, EteProvision.College, Suitability.Suitable, offered: decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture))
            .Build();
        var group = dob == SchoolAgeDob ? "schoolAge" : "aboveSchoolAge";

        var result = Compute(child);

        F(result, "kpi2.2c.atEnd.fullTime").Should().Be(new Fraction(fullTime ? 1 : 0, 1));
        F(result, "kpi2.2c.atEnd.partTime").Should().Be(new Fraction(fullTime ? 0 : 1, 1));
        F(result, $"kpi2.2c.atEnd.{group}FullTime").Should().Be(new Fraction(fullTime ? 1 : 0, 1));
        F(result, $"kpi2.2c.atEnd.{group}PartTime").Should().Be(new Fraction(fullTime ? 0 : 1, 1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    public void No_or_zero_hours_offered_is_no_hours_recorded(string? hours)
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2023-01-01", null, EteProvision.SchoolFullTime, Suitability.Suitable, offered: hours is null ? null : decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture), attended: 20m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.2c.atEnd.fullTime").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2c.atEnd.partTime").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2c.atEnd.schoolAgePartTime").Should().Be(new Fraction(0, 1));
        result.Measures.Where(m => m.Id.StartsWith("kpi2.2e.atEnd.", System.StringComparison.Ordinal)).Should().OnlyContain(m => m.Denominator == 0);
    }

    [Fact]
    public void Unknown_record_beside_a_suitable_one_makes_the_child_unsuitable()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2022-09-01", null, EteProvision.SchoolFullTime, Suitability.Suitable, offered: 25m)
            .Ete("2023-11-01", null, EteProvision.AlternativeProvisionOtherPartTime, Suitability.Unknown, offered: 5m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2a.unsuitableAtEnd").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2a.suitableAtStart").Should().Be(new Fraction(1, 1), "the Unknown record started after the start");
        F(result, "kpi2.2a.suitableToUnsuitable").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2d.atEnd.SchoolFullTime").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Child_with_no_record_at_the_end_is_in_the_denominator_only()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2022-09-01", "2023-11-29", EteProvision.SchoolFullTime, Suitability.Suitable, offered: 25m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2a.suitableAtEnd").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2a.unsuitableAtEnd").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2a.suitableToUnsuitable").Should().Be(new Fraction(0, 1), "suitable at the start, no data at the end");
        F(result, "kpi2.2b.atEnd.schoolAgeSuitable").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Record_ending_the_day_the_order_ends_counts_at_the_end()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2022-09-01", "2023-11-30", EteProvision.SchoolFullTime, Suitability.Suitable, offered: 25m)
            .Build();

        F(Compute(child), "kpi2.headline").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Record_starting_the_day_after_the_order_ends_does_not_count()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2023-12-01", null, EteProvision.SchoolFullTime, Suitability.Suitable, offered: 25m)
            .Build();

        F(Compute(child), "kpi2.headline").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Sentinel_end_date_means_the_record_is_still_open()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2022-09-01", "1900-01-01", EteProvision.SchoolFullTime, Suitability.Suitable, offered: 25m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2c.atEnd.fullTime").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Record_without_suitability_is_ignored_for_suitability_but_its_hours_count()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2023-01-01", null, EteProvision.SchoolPartTime, Suitability.Suitable, offered: 10m, attended: 10m)
            .Ete("2023-01-01", null, EteProvision.AlternativeProvisionPruPartTime, null, offered: 15m, attended: 15m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2c.atEnd.schoolAgeFullTime").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2e.atEnd.attended25plusOfOffered25plus").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2d.atEnd.AlternativeProvisionPruPartTime").Should().Be(new Fraction(1, 1), "the child is in that provision; the child's ETE is suitable");
    }

    [Fact]
    public void Record_with_only_no_suitability_leaves_the_child_without_data()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2023-01-01", null, EteProvision.College, null, offered: 16m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2a.unsuitableAtEnd").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2d.atEnd.College").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void No_ETE_record_counts_with_the_suitability_the_practitioner_recorded()
    {
        // Decision KE13: suitability is never derived from the provision (kpi-rules §2.2).
        var child = ReferralOrderEndingInQ3("C1", AboveSchoolAgeDob)
            .Ete("2023-01-01", null, EteProvision.None, Suitability.Suitable)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2d.atEnd.None").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2c.atEnd.aboveSchoolAgePartTime").Should().Be(new Fraction(0, 1), "no hours offered: denominator only");
    }

    [Fact]
    public void Orders_ending_on_the_first_and_last_day_of_the_quarter_count_and_those_either_side_do_not()
    {
        ChildCase Ending(string id, string end) => Child(id).Order("I1", Disposal.ReferralOrder, "2023-05-01", end)
            .Ete("2023-01-01", null, EteProvision.SchoolFullTime, Suitability.Suitable, offered: 25m).Build();

        var result = Compute(Ending("C1", "2023-09-30"), Ending("C2", "2023-10-01"), Ending("C3", "2023-12-31"), Ending("C4", "2024-01-01"));

        F(result, "kpi2.headline").Should().Be(new Fraction(2, 2));
        result.Cohort.Members.Select(m => m.ChildId.Value).Should().Equal("C2", "C3");
    }

    [Fact]
    public void School_age_ends_on_the_last_Friday_in_June_inclusive()
    {
        // Born 2007-08-31: 16 on 2023-08-31, in the summer holiday, so compulsory school age ends on 2023-06-30.
        SchoolAgeDays.EndDay(Dates.D(LeavesOn20230630Dob), CompulsorySchoolAge.Default).Should().Be(Days.Of(Dates.D("2023-06-30")));
        ChildCase Ending(string id, string end) => Child(id, LeavesOn20230630Dob).Order("I1", Disposal.ReferralOrder, "2023-01-01", end)
            .Ete("2022-09-01", null, EteProvision.AlternativeProvisionOtherPartTime, Suitability.Suitable, offered: 20m).Build();

        // Ends 2023-06-30 (2023Q1): of school age that day, so 20 hours is part time.
        var onTheDay = Compute(DefinitionSet.Definitions2024, new ReportingQuarter(2023, 1), Ending("C1", "2023-06-30"));
        F(onTheDay, "kpi2.2b.atEnd.schoolAgeSuitable").Should().Be(new Fraction(1, 1));
        F(onTheDay, "kpi2.2b.atEnd.aboveSchoolAgeSuitable").Should().Be(new Fraction(0, 0));
        F(onTheDay, "kpi2.2c.atEnd.schoolAgePartTime").Should().Be(new Fraction(1, 1));

        // Ends 2023-07-01 (2023Q2): above school age, so the same 20 hours is full time.
        var dayAfter = Compute(DefinitionSet.Definitions2024, new ReportingQuarter(2023, 2), Ending("C1", "2023-07-01"));
        F(dayAfter, "kpi2.2b.atEnd.schoolAgeSuitable").Should().Be(new Fraction(0, 0));
        F(dayAfter, "kpi2.2b.atEnd.aboveSchoolAgeSuitable").Should().Be(new Fraction(1, 1));
        F(dayAfter, "kpi2.2c.atEnd.aboveSchoolAgeFullTime").Should().Be(new Fraction(1, 1));
        F(dayAfter, "kpi2.2b.atStart.schoolAgeSuitable").Should().Be(new Fraction(1, 1), "on 2023-01-01 the child was of school age");
    }

    [Fact]
    public void Custodial_order_judges_the_start_on_the_custody_start()
    {
        // DTO: custody from 2023-06-01 (school age, unsuitable ETE), licence from 2023-08-01 (above school age).
        var child = Child("C1", LeavesOn20230630Dob)
            .Order("I1", Disposal.DetentionAndTrainingOrderLicence, "2023-08-01", "2023-11-30", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2023-06-01")
            .Ete("2023-05-01", "2023-06-15", EteProvision.SchoolFullTime, Suitability.Unsuitable, offered: 25m)
            .Ete("2023-07-01", null, EteProvision.College, Suitability.Suitable, offered: 16m)
            .Build();

        foreach (var definitions in DefinitionSet.List)
        {
            var result = Compute(definitions, Q3, child);

            F(result, "kpi2.2a.unsuitableAtStart").Should().Be(new Fraction(1, 1));
            F(result, "kpi2.2b.atStart.schoolAgeUnsuitable").Should().Be(new Fraction(1, 1));
            F(result, "kpi2.2c.atStart.schoolAgeFullTime").Should().Be(new Fraction(1, 1));
            F(result, "kpi2.2b.atEnd.aboveSchoolAgeSuitable").Should().Be(new Fraction(1, 1));
            F(result, "kpi2.2a.unsuitableToSuitable").Should().Be(new Fraction(1, 1));
            result.Find("kpi2.2a.unsuitableToSuitable")!.ByTypeOfOrder[TypeOfOrder.CustodialSentence].Should().Be(new Fraction(1, 1));
        }
    }

    [Theory]
    [InlineData(SchoolAgeDob, "25", "SchoolFullTime")]
    [InlineData(SchoolAgeDob, "24", "SchoolPartTime")]
    [InlineData(SchoolAgeDob, "0", "MainstreamSchool")]
    [InlineData(SchoolAgeDob, null, "MainstreamSchool")]
    [InlineData(AboveSchoolAgeDob, "16", "SchoolFullTime")]
    [InlineData(AboveSchoolAgeDob, "15", "SchoolPartTime")]
    public void Mainstream_school_counts_as_school_full_or_part_time_by_the_hours_attended(string dob, string? attended, string reportedAs)
    {
        var child = ReferralOrderEndingInQ3("C1", dob)
            .Ete("2022-09-01", null, EteProvision.MainstreamSchool, Suitability.Suitable, offered: null, attended: attended is null ? null : decimal.Parse(attended, System.Globalization.CultureInfo.InvariantCulture))
            .Build();

        var result = Compute(child);

        var provisions = new[] { "MainstreamSchool", "SchoolFullTime", "SchoolPartTime" };
        foreach (var provision in provisions)
        {
            F(result, "kpi2.2d.atEnd." + provision).Should().Be(provision == reportedAs ? new Fraction(1, 1) : new Fraction(0, 0), provision);
        }

        F(result, "kpi2.2c.atEnd.fullTime").Should().Be(new Fraction(0, 1), "2c reads hours offered only, and none were recorded");
    }

    [Fact]
    public void Hours_attended_band_is_counted_within_the_hours_offered_band()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2023-01-01", null, EteProvision.SchoolPartTime, Suitability.Suitable, offered: 15m, attended: 10m)
            .Ete("2023-01-01", null, EteProvision.AlternativeProvisionOtherPartTime, Suitability.Suitable, offered: 10m, attended: 10m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.2e.atEnd.attended16-24OfOffered25plus").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2e.atEnd.attended25plusOfOffered25plus").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2e.atEnd.attended1-15OfOffered25plus").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2e.atEnd.attended1-15OfOffered1-15").Should().Be(new Fraction(0, 0));
    }

    [Theory]
    [InlineData("15", 0)]
    [InlineData("15.5", 0)]
    [InlineData("16", 1)]
    [InlineData("24.5", 1)]
    [InlineData("25", 2)]
    [InlineData("0", -1)]
    public void Hour_bands_are_1_15_16_24_and_25_plus(string hours, int band)
        => EteKpi.BandOf(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(band);

    [Fact]
    public void Change_measures_follow_the_children_unsuitable_or_suitable_at_the_start()
    {
        var improved = ReferralOrderEndingInQ3("C1")
            .Ete("2022-09-01", "2023-06-30", EteProvision.SchoolPartTime, Suitability.Unsuitable)
            .Ete("2023-07-01", null, EteProvision.SchoolFullTime, Suitability.Suitable)
            .Build();
        var stillUnsuitable = ReferralOrderEndingInQ3("C2")
            .Ete("2022-09-01", null, EteProvision.SchoolPartTime, Suitability.Unsuitable)
            .Build();
        var noStart = ReferralOrderEndingInQ3("C3")
            .Ete("2023-07-01", null, EteProvision.SchoolFullTime, Suitability.Suitable)
            .Build();

        var result = Compute(improved, stillUnsuitable, noStart);

        F(result, "kpi2.2a.unsuitableToSuitable").Should().Be(new Fraction(1, 2));
        F(result, "kpi2.2a.suitableToUnsuitable").Should().Be(new Fraction(0, 0));
        F(result, "kpi2.2a.unsuitableAtStart").Should().Be(new Fraction(2, 3));
    }

    [Fact]
    public void Two_orders_in_one_quarter_count_the_child_once_under_the_more_serious_order()
    {
        var child = Child("C1")
            .Order("I1", Disposal.YouthConditionalCaution, "2023-08-01", "2023-10-31")
            .Order("I2", Disposal.YouthRehabilitationOrder, "2023-01-01", "2023-12-01")
            .Ete("2022-09-01", null, EteProvision.SchoolFullTime, Suitability.Suitable)
            .Build();

        var headline = Compute(child).Find("kpi2.headline")!;

        headline.Fraction.Should().Be(new Fraction(1, 1));
        headline.ByTypeOfOrder[TypeOfOrder.YouthRehabilitationOrder].Should().Be(new Fraction(1, 1));
        headline.ByTypeOfOrder[TypeOfOrder.YouthConditionalCaution].Should().Be(new Fraction(0, 0));
    }

    [Theory]
    [InlineData("2005-05-02", 1)] // 17 on the start day 2023-05-01
    [InlineData("2005-05-01", 0)] // 18 on the start day: not in the cohort
    public void Child_aged_17_at_the_start_is_counted_and_18_is_not(string dob, int children)
    {
        var child = ReferralOrderEndingInQ3("C1", dob)
            .Ete("2022-09-01", null, EteProvision.Apprenticeship, Suitability.Suitable, offered: 30m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.headline").Should().Be(new Fraction(children, children));
        F(result, "kpi2.2b.atEnd.aboveSchoolAgeSuitable").Should().Be(new Fraction(children, children));
    }

    [Fact]
    public void Child_who_left_school_age_before_1998_is_above_school_age_from_the_16th_birthday()
    {
        // Decision KE4: the pre-1998 leaving dates are not modelled; the 16th birthday is the last day of school age.
        SchoolAgeDays.EndDay(Dates.D("1980-01-15"), CompulsorySchoolAge.Default).Should().Be(Days.Of(Dates.D("1996-01-15")));
        var child = Child("C1", "1980-01-15")
            .Order("I1", Disposal.ReferralOrder, "1996-06-01", "2023-11-30")
            .Ete("1996-01-01", null, EteProvision.College, Suitability.Suitable, offered: 16m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.2b.atStart.aboveSchoolAgeSuitable").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2c.atStart.aboveSchoolAgeFullTime").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void Worked_example_of_the_documentation_page()
    {
        // docs/kpis/kpi2-ete.md, "Worked example".
        var c1 = Child("C1", SchoolAgeDob).Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30")
            .Ete("2022-09-01", null, EteProvision.SchoolPartTime, Suitability.Suitable, offered: 15m, attended: 15m)
            .Ete("2023-09-01", null, EteProvision.AlternativeProvisionOtherPartTime, Suitability.Suitable, offered: 10m, attended: 5m)
            .Build();
        var c2 = Child("C2", AboveSchoolAgeDob).Order("I1", Disposal.YouthRehabilitationOrder, "2023-04-01", "2023-12-15")
            .Ete("2023-01-01", null, EteProvision.College, Suitability.Suitable, offered: 15m, attended: 12m)
            .Ete("2023-10-01", null, EteProvision.PartTimeEmployment, Suitability.Unknown, offered: 10m, attended: 10m)
            .Build();
        var c3 = Child("C3", SchoolAgeDob).Order("I1", Disposal.ReferralOrder, "2023-06-01", "2023-10-20")
            .Ete("2021-09-01", "2023-07-20", EteProvision.MainstreamSchool, Suitability.Unsuitable, offered: null, attended: 10m)
            .Build();
        var c4 = Child("C4", AboveSchoolAgeDob).Order("I1", Disposal.YouthConditionalCaution, "2023-08-01", "2023-10-31")
            .Ete("2023-06-01", null, EteProvision.Apprenticeship, Suitability.Suitable, offered: 30m, attended: 30m)
            .Build();

        var result = Compute(c1, c2, c3, c4);

        var headline = result.Find("kpi2.headline")!;
        headline.Fraction.Should().Be(new Fraction(2, 4));
        headline.Value.Should().Be(50.0m);
        headline.ByTypeOfOrder[TypeOfOrder.ReferralOrder].Should().Be(new Fraction(1, 2));
        headline.ByTypeOfOrder[TypeOfOrder.YouthRehabilitationOrder].Should().Be(new Fraction(0, 1));
        headline.ByTypeOfOrder[TypeOfOrder.YouthConditionalCaution].Should().Be(new Fraction(1, 1));

        var expected = new Dictionary<string, Fraction>
        {
            ["kpi2.2a.suitableAtStart"] = new(3, 4),
            ["kpi2.2a.unsuitableAtStart"] = new(1, 4),
            ["kpi2.2a.suitableAtEnd"] = new(2, 4),
            ["kpi2.2a.unsuitableAtEnd"] = new(1, 4),
            ["kpi2.2a.unsuitableToSuitable"] = new(0, 1),
            ["kpi2.2a.suitableToUnsuitable"] = new(1, 3),
            ["kpi2.2b.atEnd.schoolAgeSuitable"] = new(1, 2),
            ["kpi2.2b.atEnd.schoolAgeUnsuitable"] = new(0, 2),
            ["kpi2.2b.atEnd.aboveSchoolAgeSuitable"] = new(1, 2),
            ["kpi2.2b.atEnd.aboveSchoolAgeUnsuitable"] = new(1, 2),
            ["kpi2.2c.atStart.fullTime"] = new(1, 4),
            ["kpi2.2c.atStart.partTime"] = new(2, 4),
            ["kpi2.2c.atEnd.fullTime"] = new(3, 4),
            ["kpi2.2c.atEnd.partTime"] = new(0, 4),
            ["kpi2.2c.atEnd.schoolAgeFullTime"] = new(1, 2),
            ["kpi2.2c.atEnd.aboveSchoolAgeFullTime"] = new(2, 2),
            ["kpi2.2d.atStart.SchoolPartTime"] = new(1, 2),
            ["kpi2.2d.atStart.MainstreamSchool"] = new(0, 0),
            ["kpi2.2d.atEnd.SchoolPartTime"] = new(1, 1),
            ["kpi2.2d.atEnd.AlternativeProvisionOtherPartTime"] = new(1, 1),
            ["kpi2.2d.atEnd.College"] = new(0, 1),
            ["kpi2.2d.atEnd.PartTimeEmployment"] = new(0, 1),
            ["kpi2.2d.atEnd.Apprenticeship"] = new(1, 1),
            ["kpi2.2e.atEnd.attended16-24OfOffered25plus"] = new(2, 3),
            ["kpi2.2e.atEnd.attended25plusOfOffered25plus"] = new(1, 3),
            ["kpi2.2e.atEnd.attended1-15OfOffered25plus"] = new(0, 3),
        };
        result.Measures.Where(m => expected.ContainsKey(m.Id)).ToDictionary(m => m.Id, m => m.Fraction).Should().Equal(expected);
    }

    [Fact]
    public void Both_definition_sets_compute_the_same_KPI_2_measures()
    {
        var children = new[]
        {
            ReferralOrderEndingInQ3("C1").Ete("2022-09-01", null, EteProvision.SchoolFullTime, Suitability.Suitable, offered: 25m, attended: 20m).Build(),
            ReferralOrderEndingInQ3("C2", AboveSchoolAgeDob).Ete("2023-01-01", null, EteProvision.College, Suitability.Unknown, offered: 12m).Build(),
            ReferralOrderEndingInQ3("C3").Build(),
        };
        var prepared = KpiEngine.Prepare(Service(children));
        var engine = new KpiEngine();

        var a = engine.Compute(prepared, Q3, DefinitionSet.Definitions2023).Measures.Where(m => m.Id.StartsWith("kpi2.", System.StringComparison.Ordinal)).ToList();
        var b = engine.Compute(prepared, Q3, DefinitionSet.Definitions2024).Measures.Where(m => m.Id.StartsWith("kpi2.", System.StringComparison.Ordinal)).ToList();

        a.Should().HaveCount(93);
        a.Select(m => (m.Id, m.Fraction)).Should().Equal(b.Select(m => (m.Id, m.Fraction)));
        engine.Diff(prepared, Q3, DefinitionSet.Definitions2023, DefinitionSet.Definitions2024).Where(d => d.MeasureId.StartsWith("kpi2.", System.StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void Measure_ids_follow_the_interchange_naming()
    {
        var ids = new EteKpi().Measures.Select(m => m.Id).ToList();

        ids.Should().OnlyHaveUniqueItems();
        ids.Should().HaveCount(1 + 6 + 8 + 12 + (2 * 24) + 18);
        ids.Should().Contain(["kpi2.headline", "kpi2.2a.suitableAtStart", "kpi2.2a.unsuitableToSuitable", "kpi2.2b.atStart.schoolAgeSuitable", "kpi2.2c.atEnd.aboveSchoolAgePartTime", "kpi2.2d.atEnd.MainstreamSchool", "kpi2.2d.atStart.None", "kpi2.2e.atEnd.attended25plusOfOffered25plus"]);
        new EteKpi().Measures.Should().OnlyContain(m => m.SplitByTypeOfOrder && m.Area == KpiArea.Ete && m.Unit == MeasureUnit.Percent);
    }

    [Fact]
    public void Documentation_page_lists_every_measure_id()
    {
        var page = RepositoryFile.Read("docs/kpis/kpi2-ete.md");

        new EteKpi().Measures.Select(m => m.Id).Where(id => !page.Contains("`" + id + "`", System.StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void Explanation_names_the_record_and_date_that_decided()
    {
        var child = ReferralOrderEndingInQ3("C1", AboveSchoolAgeDob)
            .Ete("2023-11-01", null, EteProvision.College, Suitability.Unknown, offered: 16m)
            .Build();
        var prepared = KpiEngine.Prepare(Service(child));

        var explanation = new KpiEngine().Explain(prepared, new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0;

        var headline = explanation.Measures.Single(m => m.MeasureId == "kpi2.headline");
        headline.Status.Should().Be(ChildMeasureStatus.NotMet);
        headline.Reasons.Should().Equal("unsuitable ETE at end: ETE period from 2023-11-01, open, College, suitability Unknown, hours offered 16, attended not recorded, open on 2023-11-30");
        var fullTime = explanation.Measures.Single(m => m.MeasureId == "kpi2.2c.atEnd.aboveSchoolAgeFullTime");
        fullTime.Status.Should().Be(ChildMeasureStatus.Met);
        fullTime.Reasons.Should().Equal("above compulsory school age on 2023-11-30; hours offered a week, summed over the ETE records open then, reach 16: full time (first record: ETE period from 2023-11-01, open, College, suitability Unknown, hours offered 16, attended not recorded)");
        explanation.Measures.Single(m => m.MeasureId == "kpi2.2c.atEnd.schoolAgeFullTime").Reasons
            .Should().Equal("above compulsory school age on 2023-11-30: not in the school-age group");
    }

    [Fact]
    public void Evaluating_the_cohort_does_not_allocate()
    {
        GeneratedChildren.Children.Sample(
            children => MeasureRecordCounter.AllocatedBytes(new EteKpi(), GeneratedChildren.ServiceOf(children), GeneratedChildren.Quarter, DefinitionSet.Definitions2024).Should().Be(0),
            iter: 20,
            threads: 1);
    }

    [Fact]
    public void Every_child_gets_exactly_one_status_on_every_measure()
    {
        GeneratedChildren.Children.Sample(children =>
        {
            foreach (var definitions in DefinitionSet.List)
            {
                var counts = MeasureRecordCounter.Count(new EteKpi(), GeneratedChildren.ServiceOf(children), GeneratedChildren.Quarter, definitions);
                counts.Where(row => row.Any(c => c != 1)).Should().BeEmpty();
            }
        }, iter: 50);
    }

    [Fact]
    public void Suitable_unsuitable_and_no_data_at_the_end_partition_the_cohort_and_age_groups_partition_it_at_each_point()
    {
        var engine = new KpiEngine();
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
            }
        }, iter: 100);
    }
}
