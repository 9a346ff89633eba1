using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.Measures.SeriousViolence.SeriousViolenceTestKit;

namespace YouthJustice.Kpi.Tests.Measures.SeriousViolence;

/// <summary>KPI 9b-9f and the template rows: serious violence broken down by child, category, score, type of order, age band, sex and ethnicity.</summary>
public class SeriousViolenceBreakdownsTest
{
    [Fact]
    public void Sub_measures_break_serious_violence_down_by_category_score_order_and_child()
    {
        var c1 = Child("C1", "2008-05-01").WithSex(Sex.Male).WithEthnicity(Ethnicity.WhiteBritish)
            .Order("I1", Disposal.ReferralOrder, "2023-05-10", null, category: OffenceCategory.Robbery, seriousness: 5) // aged 15
            .Order("I2", Disposal.YouthCaution, "2023-05-20", "2023-08-20", category: OffenceCategory.TheftAndHandling, seriousness: 3)
            .Build();
        var c2 = Child("C2", "2010-01-01").WithSex(Sex.Female).WithEthnicity(Ethnicity.Caribbean)
            .Order("I1", Disposal.YouthRehabilitationOrder, "2023-06-01", null, category: OffenceCategory.ViolenceAgainstThePerson, seriousness: 7) // aged 13
            .Build();
        var c3 = Child("C3", "2006-01-01").WithSex(Sex.Male).WithEthnicity(Ethnicity.Indian)
            .Order("I1", Disposal.DetentionAndTrainingOrderLicence, "2023-09-01", null, outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2023-05-15", category: OffenceCategory.Drugs, seriousness: 8) // aged 17
            .Build();
        var c4 = Child("C4").Order("I1", Disposal.YouthCaution, "2023-05-01", "2023-08-01", category: OffenceCategory.TheftAndHandling, seriousness: 2).Build();

        var r = Compute(Q1, c1, c2, c3, c4);

        r.Find("kpi9.headline")!.Fraction.Should().Be(new Fraction(3, 24_000));
        r.Find("kpi9.9a.seriousViolenceOffences")!.Fraction.Should().Be(new Fraction(3, 5));
        r.Find("kpi9.9b.childrenWithSeriousViolence")!.Fraction.Should().Be(new Fraction(3, 4));
        r.Find("kpi9.9c.Drugs")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9c.Robbery")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9c.ViolenceAgainstThePerson")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9d.score5")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9d.score6")!.Fraction.Should().Be(new Fraction(0, 3));
        r.Find("kpi9.9d.score7")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9d.score8")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9e.YouthCaution")!.Fraction.Should().Be(new Fraction(0, 2));
        r.Find("kpi9.9e.YouthConditionalCaution")!.Fraction.Should().Be(new Fraction(0, 0));
        r.Find("kpi9.9e.ReferralOrder")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.9e.YouthRehabilitationOrder")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.9e.CustodialSentence")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.9f.age.Aged10To14")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9f.age.Aged15To17")!.Fraction.Should().Be(new Fraction(2, 3));
        r.Find("kpi9.9f.sex.Male")!.Fraction.Should().Be(new Fraction(2, 3));
        r.Find("kpi9.9f.sex.Female")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9f.sex.NotKnown")!.Fraction.Should().Be(new Fraction(0, 3));
        r.Find("kpi9.9f.ethnicity.White")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9f.ethnicity.BlackOrBlackBritish")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9f.ethnicity.AsianOrAsianBritish")!.Fraction.Should().Be(new Fraction(1, 3));
        r.Find("kpi9.9f.ethnicity.Mixed")!.Fraction.Should().Be(new Fraction(0, 3));
        r.Find("kpi9.template.Aged10To15")!.Fraction.Should().Be(new Fraction(2, 3)); // 15 and 13
        r.Find("kpi9.template.Aged16To17")!.Fraction.Should().Be(new Fraction(1, 3)); // 17
        r.Find("kpi9.template.Robbery.Aged10To15")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.template.Drugs.Aged16To17")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.template.ViolenceAgainstThePerson.Aged16To17")!.Fraction.Should().Be(new Fraction(0, 1));
    }

    [Fact]
    public void A_child_with_serious_violence_offences_at_14_and_15_counts_once_in_the_band_of_the_youngest_age()
    {
        // kpi-rules §13.22. Born 2008-05-20: 14 on 2023-05-10, 15 on 2023-06-10. One band per child (the youngest
        // age), so the bands add up to 9b's numerator; the template's offence bands 10-15 still hold both offences.
        var child = Child("C1", "2008-05-20")
            .Order("I1", Disposal.ReferralOrder, "2023-05-10", null, category: OffenceCategory.Robbery, seriousness: 5)
            .Order("I2", Disposal.ReferralOrder, "2023-06-10", null, category: OffenceCategory.Robbery, seriousness: 6)
            .Build();

        var r = Compute(Q1, child);

        r.Find("kpi9.9b.childrenWithSeriousViolence")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.9f.age.Aged10To14")!.Fraction.Should().Be(new Fraction(1, 1));
        r.Find("kpi9.9f.age.Aged15To17")!.Fraction.Should().Be(new Fraction(0, 1));
        r.Find("kpi9.template.Aged10To15")!.Fraction.Should().Be(new Fraction(2, 2));
    }
}
