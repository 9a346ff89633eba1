namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// A local rule that suggests an action's status from its facts. Councils define RAG locally; plug in the scheme the
/// plan uses. A suggestion never overwrites the recorded judgement.
/// </summary>
/// <remarks>Implementations: <see cref="DefaultRagScheme"/> (progress against due dates) and <see cref="TargetVarianceRagScheme"/> (performance against target).</remarks>
public interface IRagScheme
{
    /// <summary>The scheme's name, for reports.</summary>
    string Name { get; }

    /// <summary>Suggests a status for an action as at a date.</summary>
    /// <param name="action">The action.</param>
    /// <param name="progress">The progress facts known.</param>
    /// <param name="asAt">The date of the suggestion.</param>
    /// <returns>The suggested status, the rule and the reason.</returns>
    RagSuggestion Suggest(PlanAction action, ActionProgress progress, LocalDate asAt);
}
