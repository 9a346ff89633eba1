namespace YouthJustice.Kpi.Disclosure;

/// <summary>Why a published cell is hidden.</summary>
public enum SuppressionReason
{
    /// <summary>The cell is shown.</summary>
    None = 0,

    /// <summary>The count itself is small (below the policy threshold).</summary>
    Primary = 1,

    /// <summary>The count is not small, but showing it would let a reader recover a hidden cell from a total.</summary>
    Secondary = 2,
}
