namespace YouthJustice.Domain.Inspection;

/// <summary>The level at which a national standard is self-assessed (YJB self-assessment guide 2019/20).</summary>
public enum SelfAssessmentLevel
{
    /// <summary>Strategic: the management board and partnership arrangements.</summary>
    Strategic = 0,

    /// <summary>Operational: practice, judged from a sample of relevant cases.</summary>
    Operational = 1,
}
