namespace YouthJustice.Domain.Gravity;

/// <summary>
/// A case-specific aggravating or mitigating factor that a police decision maker applied to an offence's base
/// gravity score (for example "offence committed against an emergency worker" or "genuine remorse shown").
/// </summary>
/// <remarks>The matrices list example factors; the wording is the decision maker's, so it is free text.</remarks>
public sealed record GravityFactor
{
    /// <summary>Creates a factor.</summary>
    /// <param name="description">What the factor is, in the decision maker's words; never blank.</param>
    /// <param name="direction">Whether it aggravates or mitigates.</param>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined value.</exception>
    public GravityFactor(string description, GravityFactorDirection direction)
    {
        Description = Preconditions.CheckNotBlank(description, nameof(description));
        Direction = Enum.IsDefined(direction)
            ? direction
            : throw new ArgumentOutOfRangeException(nameof(direction), direction, "Direction must be Aggravating or Mitigating.");
    }

    /// <summary>What the factor is.</summary>
    public string Description { get; }

    /// <summary>Whether the factor aggravates or mitigates.</summary>
    public GravityFactorDirection Direction { get; }

    /// <summary>Creates an aggravating factor.</summary>
    /// <param name="description">What the factor is; never blank.</param>
    /// <returns>The factor.</returns>
    public static GravityFactor Aggravating(string description) => new(description, GravityFactorDirection.Aggravating);

    /// <summary>Creates a mitigating factor.</summary>
    /// <param name="description">What the factor is; never blank.</param>
    /// <returns>The factor.</returns>
    public static GravityFactor Mitigating(string description) => new(description, GravityFactorDirection.Mitigating);
}
