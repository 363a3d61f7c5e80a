// The creates registry: every declaration of the area files below is a create (the folder decides the kind).
import apiRequest from './apiRequest';
import associations from './associations';
import blogs from './blogs';
import businesses from './businesses';
import appointments from './appointments';
import calendars from './calendars';
import contacts from './contacts';
import conversations from './conversations';
import locations from './locations';
import messages from './messages';
import objects from './objects';
import opportunities from './opportunities';
import tasks from './tasks';
import users from './users';
import workflows from './workflows';

export default [
  ...contacts,
  ...tasks,
  ...calendars,
  ...appointments,
  ...opportunities,
  ...users,
  ...businesses,
  ...conversations,
  ...messages,
  ...workflows,
  ...locations,
  ...associations,
  ...blogs,
  ...objects,
  ...apiRequest,
];
