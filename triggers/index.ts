// The triggers registry: every declaration of the category files below is a trigger (the folder decides the kind).
import contacts from './contacts';
import calendars from './calendars';
import opportunities from './opportunities';
import users from './users';
import businesses from './businesses';
import conversations from './conversations';
import workflows from './workflows';
import other from './other';
import activity from './activity';
import dropdowns from './dropdowns';
import messages from './messages';

export default [...contacts, ...calendars, ...opportunities, ...users, ...businesses, ...conversations, ...workflows, ...other, ...activity, ...messages, ...dropdowns];
