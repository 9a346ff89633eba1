using System.Globalization;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Offences;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// The catalogue of KPI 9, in return order: every measure the YJB template and pipeline name (kpi-rules §2.9, S20–S21),
/// each id written out so that it can be searched for. <c>SeriousViolenceMeasuresTest</c> checks that the catalogue
/// covers every serious-violence category, every score from the threshold up, every type of order an outcome counted
/// here can have, and each band, sex and ethnic group once.
/// </summary>
internal static class SeriousViolenceMeasures
{
    // Declared before the catalogue, which reads it: static fields are set in the order they are written.
    /// <summary>"a gravity score of 5 or more", from <see cref="SeriousnessScore.SeriousViolenceThreshold"/>.</summary>
    internal static readonly string ThresholdWords = string.Create(CultureInfo.InvariantCulture, $"a gravity score of {SeriousnessScore.SeriousViolenceThreshold} or more");

    /// <summary>Every KPI 9 measure, in return order.</summary>
    public static readonly SeriousViolenceMeasure[] All =
    [
        new("kpi9.headline", KpiArea.SeriousViolence.HeadlineLabel, SeriousViolenceRule.Headline),
        new("kpi9.9a.seriousViolenceOffences", "Serious violence offences, of all offences resulting in a caution or sentence in the quarter", SeriousViolenceRule.ShareOfOffences),
        new("kpi9.9b.childrenWithSeriousViolence", "Children with a serious violence offence, of children with an offence resulting in a caution or sentence", SeriousViolenceRule.ChildrenWithSeriousViolence),

        ByCategory("kpi9.9c.Drugs", OffenceCategory.Drugs),
        ByCategory("kpi9.9c.Robbery", OffenceCategory.Robbery),
        ByCategory("kpi9.9c.ViolenceAgainstThePerson", OffenceCategory.ViolenceAgainstThePerson),

        ByScore("kpi9.9d.score5", 5),
        ByScore("kpi9.9d.score6", 6),
        ByScore("kpi9.9d.score7", 7),
        ByScore("kpi9.9d.score8", 8),

        // The non-substantive out-of-court type of order is diversion: no outcome counted here has it.
        ByTypeOfOrder("kpi9.9e.YouthCaution", TypeOfOrder.YouthCaution),
        ByTypeOfOrder("kpi9.9e.YouthConditionalCaution", TypeOfOrder.YouthConditionalCaution),
        ByTypeOfOrder("kpi9.9e.ReferralOrder", TypeOfOrder.ReferralOrder),
        ByTypeOfOrder("kpi9.9e.YouthRehabilitationOrder", TypeOfOrder.YouthRehabilitationOrder),
        ByTypeOfOrder("kpi9.9e.CustodialSentence", TypeOfOrder.CustodialSentence),

        ByAge("kpi9.9f.age.Aged10To14", AgeBand.Aged10To14),
        ByAge("kpi9.9f.age.Aged15To17", AgeBand.Aged15To17),

        BySex("kpi9.9f.sex.Male", Sex.Male),
        BySex("kpi9.9f.sex.Female", Sex.Female),
        BySex("kpi9.9f.sex.NotKnown", Sex.NotKnown),

        ByEthnicity("kpi9.9f.ethnicity.White", EthnicityGroup.White),
        ByEthnicity("kpi9.9f.ethnicity.Mixed", EthnicityGroup.Mixed),
        ByEthnicity("kpi9.9f.ethnicity.AsianOrAsianBritish", EthnicityGroup.AsianOrAsianBritish),
        ByEthnicity("kpi9.9f.ethnicity.BlackOrBlackBritish", EthnicityGroup.BlackOrBlackBritish),
        ByEthnicity("kpi9.9f.ethnicity.OtherEthnicGroup", EthnicityGroup.OtherEthnicGroup),
        ByEthnicity("kpi9.9f.ethnicity.InformationNotObtainable", EthnicityGroup.InformationNotObtainable),

        ByTemplateAge("kpi9.template.Aged10To15", AgeBand.Aged10To15),
        ByTemplateAge("kpi9.template.Aged16To17", AgeBand.Aged16To17),

        ByCategoryAndTemplateAge("kpi9.template.Drugs.Aged10To15", OffenceCategory.Drugs, AgeBand.Aged10To15),
        ByCategoryAndTemplateAge("kpi9.template.Drugs.Aged16To17", OffenceCategory.Drugs, AgeBand.Aged16To17),
        ByCategoryAndTemplateAge("kpi9.template.Robbery.Aged10To15", OffenceCategory.Robbery, AgeBand.Aged10To15),
        ByCategoryAndTemplateAge("kpi9.template.Robbery.Aged16To17", OffenceCategory.Robbery, AgeBand.Aged16To17),
        ByCategoryAndTemplateAge("kpi9.template.ViolenceAgainstThePerson.Aged10To15", OffenceCategory.ViolenceAgainstThePerson, AgeBand.Aged10To15),
        ByCategoryAndTemplateAge("kpi9.template.ViolenceAgainstThePerson.Aged16To17", OffenceCategory.ViolenceAgainstThePerson, AgeBand.Aged16To17),
    ];

    private static SeriousViolenceMeasure ByCategory(string id, OffenceCategory category)
        => new(id, $"Serious violence offences that are {category.Label}, of all serious violence offences", SeriousViolenceRule.ByCategory) { Category = category };

    private static SeriousViolenceMeasure ByScore(string id, int score)
        => new(id, string.Create(CultureInfo.InvariantCulture, $"Serious violence offences with a gravity score of {score}, of all serious violence offences"), SeriousViolenceRule.ByScore) { Score = score };

    private static SeriousViolenceMeasure ByTypeOfOrder(string id, TypeOfOrder type)
        => new(id, $"Serious violence offences, of all offences resulting in: {type.YjbLabel}", SeriousViolenceRule.ByTypeOfOrder) { TypeOfOrder = type };

    private static SeriousViolenceMeasure ByAge(string id, AgeBand band)
        => new(id, $"Children with a serious violence offence aged {band.Label}, of children with a serious violence offence", SeriousViolenceRule.ByAge) { Band = band };

    private static SeriousViolenceMeasure BySex(string id, Sex sex)
        => new(id, $"Children with a serious violence offence of sex {sex.Name}, of children with a serious violence offence", SeriousViolenceRule.BySex) { Sex = sex };

    private static SeriousViolenceMeasure ByEthnicity(string id, EthnicityGroup group)
        => new(id, $"Children with a serious violence offence in the ethnic group {group.YjbLabel}, of children with a serious violence offence", SeriousViolenceRule.ByEthnicity) { Group = group };

    private static SeriousViolenceMeasure ByTemplateAge(string id, AgeBand band)
        => new(id, $"Serious violence offences by children aged {band.Label} (template rows), of all serious violence offences", SeriousViolenceRule.ByTemplateAge) { Band = band };

    private static SeriousViolenceMeasure ByCategoryAndTemplateAge(string id, OffenceCategory category, AgeBand band)
        => new(id, $"{category.Label} offences with {ThresholdWords} by children aged {band.Label} (template row), of serious violence offences in that category", SeriousViolenceRule.ByCategoryAndTemplateAge) { Category = category, Band = band };
}
