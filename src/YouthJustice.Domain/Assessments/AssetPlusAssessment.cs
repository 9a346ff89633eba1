using YouthJustice.Domain.Children;

namespace YouthJustice.Domain.Assessments;

/// <summary>
/// The judgements of one AssetPlus assessment: likelihood of reoffending (indicative and final), risk of serious harm,
/// safety and wellbeing, the Scaled Approach intervention level (indicative and final), MAPPA, and the concern and risk
/// flags.
/// </summary>
/// <remarks>
/// AssetPlus, the YJB's assessment and planning framework for children aged 10-18, replaced Asset from September 2015
/// (most services live by July 2016) (<c>spec/domain-rules.md</c> §6). Indicative values are kept beside the final ones
/// so that a professional-judgement override is visible (<see cref="AssessedValue{T}.IsOverride"/>).
/// </remarks>
[Source("YJB AssetPlus framework; YJB case-level data fields (likelihoodOfReoffending, roshjudgement, safetyWellbeingJudgement, scaledApproachInterventionLevel, mappacategory, mappalevel, flags)", Confidence = Confidence.High)]
public sealed record AssetPlusAssessment
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="child">The child's pseudonymous identifier.</param>
    /// <param name="completedOn">When the assessment was completed.</param>
    /// <param name="likelihoodOfReoffending">Indicative (YOGRS) and final likelihood of reoffending.</param>
    /// <param name="riskOfSeriousHarm">The ROSH judgement.</param>
    /// <param name="safetyAndWellbeing">The safety and wellbeing judgement.</param>
    /// <param name="interventionLevel">Indicative and final Scaled Approach level.</param>
    /// <param name="mappa">The MAPPA category and level, or <see langword="null"/> when the child is not MAPPA-eligible.</param>
    /// <param name="concerns">The concern flags raised (each once).</param>
    /// <param name="riskFlags">The risk flags raised (each once).</param>
    /// <param name="yogrs">The YOGRS score, 0-100, or <see langword="null"/>.</param>
    public AssetPlusAssessment(
        ChildId child,
        LocalDate completedOn,
        AssessedValue<LikelihoodOfReoffending> likelihoodOfReoffending,
        RiskOfSeriousHarm riskOfSeriousHarm,
        SafetyAndWellbeing safetyAndWellbeing,
        AssessedValue<ScaledApproachLevel> interventionLevel,
        MappaStatus? mappa,
        IEnumerable<ConcernFlag> concerns,
        IEnumerable<RiskFlag> riskFlags,
        decimal? yogrs = null)
    {
        Preconditions.CheckArgument(child.Value.Length > 0, nameof(child), "The child's identifier must be given.");
        Child = child;
        CompletedOn = completedOn;
        LikelihoodOfReoffending = Preconditions.CheckNotNull(likelihoodOfReoffending, nameof(likelihoodOfReoffending));
        RiskOfSeriousHarm = Preconditions.CheckNotNull(riskOfSeriousHarm, nameof(riskOfSeriousHarm));
        SafetyAndWellbeing = Preconditions.CheckNotNull(safetyAndWellbeing, nameof(safetyAndWellbeing));
        InterventionLevel = Preconditions.CheckNotNull(interventionLevel, nameof(interventionLevel));
        Mappa = mappa;
        Concerns = Distinct(concerns, nameof(concerns));
        RiskFlags = Distinct(riskFlags, nameof(riskFlags));
        Yogrs = yogrs is { } score ? Preconditions.CheckRange(score, nameof(yogrs), 0m, 100m) : null;
    }

    /// <summary>The child's pseudonymous identifier.</summary>
    public ChildId Child { get; }

    /// <summary>When the assessment was completed.</summary>
    public LocalDate CompletedOn { get; }

    /// <summary>Indicative and final likelihood of reoffending.</summary>
    public AssessedValue<LikelihoodOfReoffending> LikelihoodOfReoffending { get; }

    /// <summary>The risk of serious harm judgement.</summary>
    public RiskOfSeriousHarm RiskOfSeriousHarm { get; }

    /// <summary>The safety and wellbeing judgement.</summary>
    public SafetyAndWellbeing SafetyAndWellbeing { get; }

    /// <summary>Indicative and final Scaled Approach intervention level.</summary>
    public AssessedValue<ScaledApproachLevel> InterventionLevel { get; }

    /// <summary>The MAPPA category and level, or <see langword="null"/>.</summary>
    public MappaStatus? Mappa { get; }

    /// <summary>The concern flags raised, in list order.</summary>
    public IReadOnlyList<ConcernFlag> Concerns { get; }

    /// <summary>The risk flags raised, in list order.</summary>
    public IReadOnlyList<RiskFlag> RiskFlags { get; }

    /// <summary>The YOGRS score, or <see langword="null"/>.</summary>
    public decimal? Yogrs { get; }

    /// <summary>
    /// The intervention level a Scaled Approach policy indicates for this assessment's final likelihood and ROSH, to
    /// compare with the level recorded.
    /// </summary>
    /// <param name="mapping">The policy, usually <see cref="ScaledApproachMapping.Default"/>.</param>
    /// <returns>The indicated level.</returns>
    public ScaledApproachLevel IndicatedLevel(ScaledApproachMapping mapping)
        => Preconditions.CheckNotNull(mapping, nameof(mapping)).IndicativeLevel(LikelihoodOfReoffending.Final, RiskOfSeriousHarm);

    /// <inheritdoc />
    public bool Equals(AssetPlusAssessment? other)
        => other is not null && Child == other.Child && CompletedOn == other.CompletedOn && LikelihoodOfReoffending == other.LikelihoodOfReoffending
           && RiskOfSeriousHarm == other.RiskOfSeriousHarm && SafetyAndWellbeing == other.SafetyAndWellbeing && InterventionLevel == other.InterventionLevel
           && Mappa == other.Mappa && Yogrs == other.Yogrs && Concerns.SequenceEqual(other.Concerns) && RiskFlags.SequenceEqual(other.RiskFlags);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Child, CompletedOn, RiskOfSeriousHarm, InterventionLevel.Final);

    private static ImmutableArray<T> Distinct<T>(IEnumerable<T> flags, string paramName)
        where T : Ardalis.SmartEnum.SmartEnum<T>
    {
        var list = Preconditions.CheckNotNull(flags, paramName).ToArray();
        Preconditions.CheckArgument(list.All(f => f is not null), paramName, "Flags must not contain null.");
        var repeated = list.GroupBy(f => f).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(repeated is null, paramName, string.Create(CultureInfo.InvariantCulture, $"Flag {repeated?.Key.Name} is given more than once."));
        return [.. list.OrderBy(f => f.Value)];
    }
}
