namespace Instasent.Sdk.Product.Filters;

/// <summary>How the children of a filter group combine.</summary>
public enum FilterJoin
{
    /// <summary>Every child must match (<c>"join": "and"</c>).</summary>
    And,

    /// <summary>At least one child must match (<c>"join": "or"</c>).</summary>
    Or,
}
