using SocialScheduler.Worker.Hosting;

return await SocialSchedulerProgram.RunAsync(args);
