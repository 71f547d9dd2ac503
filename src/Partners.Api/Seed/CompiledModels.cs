using Microsoft.EntityFrameworkCore.Metadata;
using Partners.Data;

namespace Partners.Api.Seed;

/// <summary>
/// The EF Core compiled model of each provider, generated into the provider's assembly (<c>CompiledModel/</c>) by
/// <c>tools/compiled-models.sh</c> after every model change; CI regenerates both and fails when they differ from the
/// checked-in ones (<c>tools/compiled-models.sh --check</c>). The host and every test host start from it instead of
/// building the model from the entity configurations (a second or more of every start).
/// </summary>
public static class CompiledModels
{
    public static IModel For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.SqlServer => Partners.Data.SqlServer.CompiledModel.PartnersDbContextModel.Instance,
        _ => Partners.Data.Sqlite.CompiledModel.PartnersDbContextModel.Instance,
    };
}
