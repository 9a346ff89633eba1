using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Education;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.Quarter3;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures.Release;

/// <summary>
/// The custody "on release" rows of KPIs 1 and 2 (kpi-rules §1.3, §2.1; decision K7-1): of the custodial children
/// released by the end of their order, those in suitable (unsuitable) accommodation or ETE on the release day. The
/// release is a DTO licence's start, or the release date recorded on another custodial programme.
/// </summary>
public class CustodyOnReleaseTest
{
    // Custody began with the DTO on 2023-03-01; the licence, which begins on release, runs 2023-07-01 to 2023-11-30.
    private static ChildBuilder DtoLicence(string id, string? dateOfBirth = "2008-05-01")
        => Child(id, dateOfBirth).Order("I1", Disposal.DetentionAndTrainingOrderLicence, "2023-07-01", "2023-11-30", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2023-03-01");

    // A section 250 sentence in one programme, 2023-01-10 to the given end, with the release date recorded on it.
    private static ChildBuilder Section250(string id, string end, string? release)
        => Child(id).Order("I1", Disposal.Section250Detention, "2023-01-10", end, releaseDate: release);

    [Fact]
    public void A_dto_licence_start_is_the_release_day()
    {
        // Unsuitable secure placement up to the day before release, suitable at home from the release day.
        var child = DtoLicence("C1")
            .Accommodation("2023-03-01", "2023-06-30", AccommodationType.SecureTrainingCentre, Suitability.Unsuitable)
            .Accommodation("2023-07-01", null, AccommodationType.LivingWithParents, Suitability.Suitable)
            .Build();

        var result = Compute(child);

        Of(result, "kpi1.custody.suitableOnRelease").Should().Be(new Fraction(1, 1));
        Of(result, "kpi1.custody.unsuitableOnRelease").Should().Be(new Fraction(0, 1));
        result.Find("kpi1.custody.suitableOnRelease")!.ByTypeOfOrder[TypeOfOrder.CustodialSentence].Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void A_record_that_ended_the_day_before_release_is_not_on_release()
    {
        var child = DtoLicence("C1")
            .Accommodation("2023-03-01", "2023-06-30", AccommodationType.LivingWithParents, Suitability.Suitable)
            .Build();

        var result = Compute(child);

        // In the denominator (released), with no record open on the release day: no data, in neither numerator.
        Of(result, "kpi1.custody.suitableOnRelease").Should().Be(new Fraction(0, 1));
        Of(result, "kpi1.custody.unsuitableOnRelease").Should().Be(new Fraction(0, 1));
    }

    [Theory]
    [InlineData("2023-11-30", "2023-11-30", 1)] // released on the order's last day
    [InlineData("2023-11-30", "2023-12-01", 0)] // released the day after the order ended
    [InlineData("2023-12-31", "2023-12-31", 1)] // released on the order's end, the last day of the quarter
    [InlineData("2023-12-31", "2023-06-15", 1)] // released long before the order ended
    public void A_recorded_release_counts_when_it_is_on_or_before_the_end_of_the_order(string end, string release, int inDenominator)
    {
        var child = Section250("C1", end, release)
            .Accommodation("2023-01-10", null, AccommodationType.LivingWithFamily, Suitability.Suitable)
            .Build();

        var result = Compute(child);

        Of(result, "kpi1.custody.suitableOnRelease").Should().Be(new Fraction(inDenominator, inDenominator));
        Of(result, "kpi1.headline").Should().Be(new Fraction(1, 1));
    }

    [Fact]
    public void A_non_custodial_child_is_not_in_the_release_denominator_even_with_a_release_date()
    {
        var community = Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30", releaseDate: "2023-06-01")
            .Accommodation("2020-01-01", null, AccommodationType.LivingWithParents, Suitability.Suitable)
            .Build();
        var custody = DtoLicence("C2").Accommodation("2023-07-01", null, AccommodationType.LivingWithParents, Suitability.Unsuitable).Build();

        var result = Compute(community, custody);

        Of(result, "kpi1.headline").Should().Be(new Fraction(1, 2));
        Of(result, "kpi1.custody.suitableOnRelease").Should().Be(new Fraction(0, 1));
        Of(result, "kpi1.custody.unsuitableOnRelease").Should().Be(new Fraction(1, 1));
        Of(result, "kpi2.custody.suitableOnRelease").Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void Explanations_say_why_a_child_is_or_is_not_in_the_release_rows()
    {
        var noRelease = Section250("C1", "2023-11-30", release: null).Build();
        var community = Child("C2").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30").Build();
        var released = DtoLicence("C3").Accommodation("2023-07-01", null, AccommodationType.LivingWithParents, Suitability.Suitable).Build();
        var prepared = KpiEngine.Prepare(Service(noRelease, community, released));
        var engine = new KpiEngine();

        string[] Reasons(string child, string measure)
            => [.. engine.Explain(prepared, new ChildId(child), Q3, DefinitionSet.Definitions2024).AsT0.Measures.Single(m => m.MeasureId == measure).Reasons];

        Reasons("C1", "kpi1.custody.suitableOnRelease").Should().Equal(
            "custodial, but no release date: intervention I1 (Section250Detention) from 2023-01-10 to 2023-11-30 is not a DTO licence and records no release date, so not in the on-release denominator");
        Reasons("C2", "kpi2.custody.suitableOnRelease").Should().Equal("the type of order is not custodial: not in the custody on-release rows");
        Reasons("C3", "kpi1.custody.suitableOnRelease").Should().Equal(
            "released from custody on 2023-07-01; suitable: accommodation period from 2023-07-01, open, LivingWithParents, suitability Suitable, primary");
    }

    [Theory]
    [InlineData("community", ChildMeasureStatus.NotInDenominator, ChildMeasureStatus.NotInDenominator, "the type of order is not custodial: not in the custody on-release rows")]
    [InlineData("no release date", ChildMeasureStatus.NotInDenominator, ChildMeasureStatus.NotInDenominator, "custodial, but no release date: intervention I1 (Section250Detention) from 2023-01-10 to 2023-11-30 is not a DTO licence and records no release date, so not in the on-release denominator")]
    [InlineData("released after the order ended", ChildMeasureStatus.NotInDenominator, ChildMeasureStatus.NotInDenominator, "custodial, but released on 2023-12-01, after the end of the order (intervention I1 (Section250Detention) from 2023-01-10 to 2023-11-30): not in the on-release denominator")]
    [InlineData("no record on release", ChildMeasureStatus.NoData, ChildMeasureStatus.NoData, "released from custody on 2023-07-01; no accommodation record with a suitability open then: denominator only")]
    [InlineData("unsuitable on release", ChildMeasureStatus.NotMet, ChildMeasureStatus.Met, "released from custody on 2023-07-01; unsuitable: accommodation period from 2023-07-01, open, LivingWithParents, suitability Unsuitable, primary")]
    public void Both_accommodation_release_rows_explain_the_childs_place_in_them(string situation, ChildMeasureStatus suitable, ChildMeasureStatus unsuitable, string reason)
    {
        var child = situation switch
        {
            "community" => Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30").Build(),
            "no release date" => Section250("C1", "2023-11-30", release: null).Build(),
            "released after the order ended" => Section250("C1", "2023-11-30", "2023-12-01").Build(),
            "no record on release" => DtoLicence("C1").Accommodation("2023-03-01", "2023-06-30", AccommodationType.LivingWithParents, Suitability.Suitable).Build(),
            _ => DtoLicence("C1").Accommodation("2023-07-01", null, AccommodationType.LivingWithParents, Suitability.Unsuitable).Build(),
        };

        var measures = new KpiEngine().Explain(KpiEngine.Prepare(Service(child)), new ChildId("C1"), Q3, DefinitionSet.Definitions2024).AsT0.Measures;

        var suitableRow = measures.Single(m => m.MeasureId == "kpi1.custody.suitableOnRelease");
        var unsuitableRow = measures.Single(m => m.MeasureId == "kpi1.custody.unsuitableOnRelease");
        suitableRow.Status.Should().Be(suitable);
        suitableRow.Reasons.Should().Equal(reason);
        unsuitableRow.Status.Should().Be(unsuitable);
        unsuitableRow.Reasons.Should().Equal(reason);
    }

    [Theory]
    [InlineData("2008-05-01", 1, 0)] // 15 on release, 2023-07-01: of compulsory school age
    [InlineData("2006-05-01", 0, 1)] // 17 on release: above it
    public void Ete_on_release_is_split_by_school_age_on_the_release_day(string dateOfBirth, int schoolAge, int aboveSchoolAge)
    {
        var child = DtoLicence("C1", dateOfBirth)
            .Ete("2023-07-01", null, EteProvision.College, Suitability.Suitable)
            .Build();

        var result = Compute(child);

        Of(result, "kpi2.custody.suitableOnRelease").Should().Be(new Fraction(1, 1));
        Of(result, "kpi2.custody.unsuitableOnRelease").Should().Be(new Fraction(0, 1));
        Of(result, "kpi2.custody.onRelease.schoolAgeSuitable").Should().Be(new Fraction(schoolAge, schoolAge));
        Of(result, "kpi2.custody.onRelease.aboveSchoolAgeSuitable").Should().Be(new Fraction(aboveSchoolAge, aboveSchoolAge));
        Of(result, "kpi2.custody.onRelease.schoolAgeUnsuitable").Should().Be(new Fraction(0, schoolAge));
        Of(result, "kpi2.custody.onRelease.aboveSchoolAgeUnsuitable").Should().Be(new Fraction(0, aboveSchoolAge));
    }

    [Fact]
    public void Unknown_ete_beside_suitable_on_release_is_unsuitable()
    {
        var child = DtoLicence("C1")
            .Ete("2023-07-01", null, EteProvision.College, Suitability.Suitable)
            .Ete("2023-06-01", "2023-07-01", EteProvision.PartTimeEmployment, Suitability.Unknown)
            .Build();

        var result = Compute(child);

        Of(result, "kpi2.custody.suitableOnRelease").Should().Be(new Fraction(0, 1));
        Of(result, "kpi2.custody.unsuitableOnRelease").Should().Be(new Fraction(1, 1));
    }
}
