namespace YouthJustice.Domain.Gravity;

/// <summary>Whether a case-specific factor raises or lowers a gravity score.</summary>
public enum GravityFactorDirection
{
    /// <summary>An aggravating factor: raises the score.</summary>
    Aggravating = 0,

    /// <summary>A mitigating factor: lowers the score.</summary>
    Mitigating = 1,
}
