namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>Which minimum-sentence provision of the Sentencing Code, if any, the offence falls under.</summary>
public enum MinimumSentenceProvision
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Sentencing Act 2020 s.312: threatening with an offensive weapon or bladed article.</summary>
    Section312ThreateningWithWeapon = 1,

    /// <summary>Sentencing Act 2020 s.315: repeat possession of a blade or offensive weapon (offences from 17 July 2015), with at least one relevant previous conviction.</summary>
    Section315RepeatWeaponPossession = 2,

    /// <summary>Sentencing Act 2020 s.315: repeat possession of a corrosive substance (offences from 6 April 2022), with at least one relevant previous conviction.</summary>
    Section315RepeatCorrosiveSubstancePossession = 3,
}
