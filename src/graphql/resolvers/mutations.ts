export const mutationResolvers = {};
