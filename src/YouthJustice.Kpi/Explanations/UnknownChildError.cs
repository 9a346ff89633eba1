using YouthJustice.Domain.Children;

namespace YouthJustice.Kpi.Explanations;

/// <summary>The child asked about is not in the service's data.</summary>
/// <param name="ChildId">The id that was asked for.</param>
public sealed record UnknownChildError(ChildId ChildId)
{
    /// <summary>A sentence for a person.</summary>
    public string Message => $"No child with id '{ChildId}' is in the service's data.";
}
