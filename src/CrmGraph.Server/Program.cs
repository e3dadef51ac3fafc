using CrmGraph.Server.Hosting;
using CrmGraph.Server.Verbs;

// `dotnet run --project src/CrmGraph.Server` serves; a first argument naming a verb runs that verb instead.
return await ServerVerbs.TryRunAsync(args).ConfigureAwait(false) ?? await CrmServer.RunAsync(args).ConfigureAwait(false);
