using PreRecordedFx.Cli;

return await GladiaJobsApp.RunAsync(args, CliEnvironment.FromProcess()).ConfigureAwait(false);
