// Every workflow the worker runs. This module is the entry point of the workflow bundle.
export { proposalWorkflow } from './proposal.workflow';
export { grantWorkflow } from './grant.workflow';
export { notificationDeliveryWorkflow } from './notification.workflow';
