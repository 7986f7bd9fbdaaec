export { BriefingsPanel } from './BriefingsPanel';
export { requestBriefingCommand, type BriefingCommand } from './briefingCommands';
