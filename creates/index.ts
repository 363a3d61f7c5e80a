// The creates registry: every declaration of the category files below is a create (the folder decides the kind).
import contacts from './contacts';
import calendars from './calendars';
import opportunities from './opportunities';
import users from './users';
import businesses from './businesses';
import conversations from './conversations';
import workflows from './workflows';
import other from './other';
import messaging from './messaging';
import objects from './objects';
import raw from './raw';

export default [...contacts, ...calendars, ...opportunities, ...users, ...businesses, ...conversations, ...workflows, ...other, ...messaging, ...objects, ...raw];
