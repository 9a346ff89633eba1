using YouthJustice.Kpi.Measures;

namespace YouthJustice.Kpi.Tests.Measures.SeriousViolence;

/// <summary>
/// KPI 9's catalogue is written out id by id (so that every id can be searched for); these check that it still covers
/// exactly what the guidance names, and that each written id names the value its measure reads.
/// </summary>
public class SeriousViolenceMeasuresTest
{
    private static readonly SeriousViolenceMeasure[] All = SeriousViolenceMeasures.All;

    private static SeriousViolenceMeasure[] Of(SeriousViolenceRule rule) => All.Where(m => m.Rule == rule).ToArray();

    [Fact]
    public void Ids_are_unique_and_in_the_kpi9_namespace()
    {
        All.Should().HaveCount(34);
        All.Select(m => m.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith("kpi9.", System.StringComparison.Ordinal));
        All[0].Id.Should().Be("kpi9.headline");
        All[0].Unit.Should().Be(YouthJustice.Kpi.Results.MeasureUnit.Per10000);
        All.Skip(1).Should().OnlyContain(m => m.Unit == YouthJustice.Kpi.Results.MeasureUnit.Percent);
    }

    [Fact]
    public void Nine_c_covers_every_serious_violence_category_once()
    {
        var categories = Of(SeriousViolenceRule.ByCategory);

        categories.Select(m => m.Category).Should().BeEquivalentTo(OffenceCategory.List.Where(c => c.IsSeriousViolenceCategory));
        categories.Should().OnlyContain(m => m.Id == "kpi9.9c." + m.Category!.Name);
    }

    [Fact]
    public void Nine_d_covers_every_score_from_the_threshold_up()
    {
        var scores = Of(SeriousViolenceRule.ByScore);

        scores.Select(m => m.Score).Should().Equal(Enumerable.Range(SeriousnessScore.SeriousViolenceThreshold, SeriousnessScore.MaxValue - SeriousnessScore.SeriousViolenceThreshold + 1));
        scores.Should().OnlyContain(m => m.Id == "kpi9.9d.score" + m.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Nine_e_covers_every_type_of_order_but_the_non_substantive_out_of_court_one()
    {
        var types = Of(SeriousViolenceRule.ByTypeOfOrder);

        types.Select(m => m.TypeOfOrder).Should().BeEquivalentTo(TypeOfOrder.List.Where(t => t != TypeOfOrder.NonSubstantiveOutOfCourtDisposal));
        types.Should().OnlyContain(m => m.Id == "kpi9.9e." + m.TypeOfOrder!.Name);
    }

    [Fact]
    public void Nine_f_covers_both_kpi_age_bands_every_sex_and_every_ethnic_group()
    {
        Of(SeriousViolenceRule.ByAge).Select(m => m.Band).Should().Equal(AgeBand.Aged10To14, AgeBand.Aged15To17);
        Of(SeriousViolenceRule.BySex).Select(m => m.Sex).Should().BeEquivalentTo(Sex.List);
        Of(SeriousViolenceRule.ByEthnicity).Select(m => m.Group).Should().BeEquivalentTo(EthnicityGroup.List);
        Of(SeriousViolenceRule.ByAge).Should().OnlyContain(m => m.Id == "kpi9.9f.age." + m.Band!.Name);
        Of(SeriousViolenceRule.BySex).Should().OnlyContain(m => m.Id == "kpi9.9f.sex." + m.Sex!.Name);
        Of(SeriousViolenceRule.ByEthnicity).Should().OnlyContain(m => m.Id == "kpi9.9f.ethnicity." + m.Group!.Name);
        All.Where(m => m.PerChild).Select(m => m.Rule).Distinct().Should().BeEquivalentTo(
            [SeriousViolenceRule.ChildrenWithSeriousViolence, SeriousViolenceRule.ByAge, SeriousViolenceRule.BySex, SeriousViolenceRule.ByEthnicity]);
    }

    [Fact]
    public void The_template_rows_are_each_template_band_overall_and_within_each_category()
    {
        Of(SeriousViolenceRule.ByTemplateAge).Select(m => m.Band).Should().Equal(AgeBand.Aged10To15, AgeBand.Aged16To17);
        var cells = Of(SeriousViolenceRule.ByCategoryAndTemplateAge);
        cells.Select(m => (m.Category, m.Band)).Should().BeEquivalentTo(
            from c in Of(SeriousViolenceRule.ByCategory).Select(m => m.Category)
            from b in new[] { AgeBand.Aged10To15, AgeBand.Aged16To17 }
            select (c, b));
        cells.Should().OnlyContain(m => m.Id == "kpi9.template." + m.Category!.Name + "." + m.Band!.Name);
        cells.Should().OnlyContain(m => m.Title.Contains("a gravity score of 5 or more", System.StringComparison.Ordinal));
    }
}
