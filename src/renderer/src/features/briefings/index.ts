export { BriefingsPanel } from './BriefingsPanel';
export { requestBriefingCommand, type BriefingCommand } from './briefingCommands';
export { BRIEFING_KEY_HELP } from './OpenBriefing';
